import type { Layer } from '@deck.gl/core';
import { H3HexagonLayer } from '@deck.gl/geo-layers';
import { ACCESS_AFTER } from '../../engine/metrics/scenario-evaluation.ts';
import type { Rgba } from '../delta/delta-colours.ts';

export const WHITE_SPOTS_LAYER_ID = 'white-spots';

/** A dark ink, away from the travel, delta and travel-change hues; its opacity carries the people. */
const WHITE_SPOT_INK: [number, number, number] = [35, 35, 45];
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
  return [WHITE_SPOT_INK[0], WHITE_SPOT_INK[1], WHITE_SPOT_INK[2], Math.round(alpha)];
}

export interface WhiteSpotsLayerInput {
  cells: readonly string[];
  access: Uint8Array;
  pop: Float32Array;
  maxPeople: number;
  version: number;
}

export function buildWhiteSpotsLayer({ cells, access, pop, maxPeople, version }: WhiteSpotsLayerInput): Layer {
  return new H3HexagonLayer<string>({
    id: WHITE_SPOTS_LAYER_ID,
    data: cells as string[],
    getHexagon: (cell) => cell,
    extruded: false,
    highPrecision: true,
    stroked: false,
    filled: true,
    pickable: false,
    getFillColor: (_cell, { index }) => whiteSpotColour(access[index], pop[index], maxPeople),
    updateTriggers: { getFillColor: [version, maxPeople] },
  });
}
