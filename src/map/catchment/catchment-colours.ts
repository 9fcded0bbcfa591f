import type { CatchmentEffect } from '../../state/catchment-effect.ts';
import type { Rgba } from '../colors.ts';

/**
 * Categorical colours for "which institution serves this cell": the Okabe–Ito palette, chosen
 * to stay distinct for colour-blind readers (black left out: it is the outline of changed
 * cells). With more institutions than colours they repeat, so the institutions the scenario
 * moves young people between get the colours first, in the order of the effect table.
 */
export const INSTITUTION_PALETTE: readonly Rgba[] = [
  [230, 159, 0, 200],
  [86, 180, 233, 200],
  [0, 158, 115, 200],
  [240, 228, 66, 200],
  [0, 114, 178, 200],
  [213, 94, 0, 200],
  [204, 121, 167, 200],
];

/** Institution key → palette index; the changed institutions first, then every other one by code. */
export function institutionColourIndex(effect: Pick<CatchmentEffect, 'change'>): Map<string, number> {
  const moved = effect.change.institutions.filter((i) => i.gained > 0 || i.lost > 0).map((i) => i.brin);
  const rest = effect.change.institutions
    .map((i) => i.brin)
    .filter((b) => !moved.includes(b))
    .sort();
  return new Map([...moved, ...rest].map((brin, i) => [brin, i % INSTITUTION_PALETTE.length]));
}
