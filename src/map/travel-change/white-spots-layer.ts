import type { Layer } from '@deck.gl/core';
import { ACCESS_AFTER } from '../../engine/metrics/scenario-evaluation.ts';
import { cellFillLayer } from '../cell-layer.ts';
import type { Rgba } from '../colors.ts';

export const WHITE_SPOTS_LAYER_ID = 'white-spots';

/** A dark ink, away from the travel, delta and travel-change hues; its opacity carries the people. */
const INK: [number, number, number] = [35, 35, 45];
const MIN_ALPHA = 50;
const MAX_ALPHA = 200;
const NONE: Rgba = [0, 0, 0, 0];

/**
 * White spots (witte vlekken): cells where young people live and the selection is out of reach
 * after the scenario, darker where more of them live (opacity grows with √people, so a few
 * dense cells do not wash out the rest).
 */
export function whiteSpotColour(bits: number, people: number, maxPeople: number): Rgba {
  if (bits & ACCESS_AFTER || people <= 0 || maxPeople <= 0) return NONE;
  const alpha = MIN_ALPHA + (MAX_ALPHA - MIN_ALPHA) * Math.sqrt(Math.min(1, people / maxPeople));
  return [INK[0], INK[1], INK[2], Math.round(alpha)];
}

export interface WhiteSpotsLayerInput {
  cells: readonly string[];
  access: Uint8Array;
  pop: Float32Array;
  maxPeople: number;
  version: number;
}

export function buildWhiteSpotsLayer({ cells, access, pop, maxPeople, version }: WhiteSpotsLayerInput): Layer {
  return cellFillLayer({
    id: WHITE_SPOTS_LAYER_ID,
    cells,
    getFillColor: (index) => whiteSpotColour(access[index], pop[index], maxPeople),
    colourTrigger: [version, maxPeople],
  });
}
