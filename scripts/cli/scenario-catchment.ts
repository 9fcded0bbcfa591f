/**
 * The scenario CLI's "verzorgingsgebied": per institution, the young people it serves before
 * and after the edits (src/engine/analysis/catchment.ts). Whole people (wholeBeforeAfter): the
 * "voor" counts add up to the niveau's printed coverage count before, the "na" counts to the
 * count after, and an institution the edits do not touch shows the same number twice.
 */
import { computeCatchment, type CatchmentInputs, type CatchmentPlace } from '../../src/engine/analysis/catchment.ts';
import { wholeBeforeAfter } from '../../src/engine/analysis/whole-counts.ts';
import type { Selection } from '../../src/engine/metrics/index.ts';
import type { OfferRow } from '../../src/engine/offer/types.ts';
import type { ScenarioData } from './scenario-data.ts';

export type Verzorgingsgebied = Record<string, { voor: number; na: number }>;

export function catchmentInputs(data: ScenarioData): CatchmentInputs {
  const places = new Map<string, CatchmentPlace>(data.dataset.locations.map((l) => [l.brinvest, l]));
  return { places, pop: data.dataset.regions.pop, nearest: data.nearestFn };
}

/** Every institution whose catchment is not zero before or after, sorted by BRIN. */
export function verzorgingsgebied(
  inputs: CatchmentInputs,
  before: readonly OfferRow[],
  after: readonly OfferRow[],
  selection: Selection,
  limit: number,
): Verzorgingsgebied {
  const voor = computeCatchment(before, selection, limit, inputs).byInstitution;
  const na = computeCatchment(after, selection, limit, inputs).byInstitution;
  const brins = [...new Set([...voor.keys(), ...na.keys()])].filter((b) => (voor.get(b) ?? 0) > 0 || (na.get(b) ?? 0) > 0).sort();
  // Institutions left out are zero on both sides, so the totals still match coverage.
  const whole = wholeBeforeAfter(
    brins.map((b) => voor.get(b) ?? 0),
    brins.map((b) => na.get(b) ?? 0),
  );
  return Object.fromEntries(brins.map((b, i) => [b, { voor: whole.before[i], na: whole.after[i] }]));
}
