import { ACCESS_AFTER, ACCESS_BEFORE } from '../../engine/metrics/scenario-evaluation.ts';
import type { Rgba } from '../colors.ts';

/**
 * Colours of the delta map. Gain and loss are blue and orange — a pair that colour-blind
 * readers tell apart, unlike red against green. Cells whose access does not change get a faint
 * neutral tint (within reach in the state shown) or nothing.
 */
export const GAIN_COLOUR: Rgba = [33, 102, 172, 220];
export const LOSS_COLOUR: Rgba = [230, 97, 1, 230];
export const REACHED_COLOUR: Rgba = [90, 100, 120, 45];
/** A result being recomputed: the same cells, in grey, until the new figures arrive. */
export const STALE_COLOUR: Rgba = [150, 150, 150, 150];
export const NONE: Rgba = [0, 0, 0, 0];

/**
 * The colour of a cell from its ACCESS_* bits. `showAfter` false draws the situation before the
 * scenario: the area within reach then, with no gain or loss marked (that is the after view).
 */
export function deltaColour(bits: number, showAfter: boolean, stale: boolean): Rgba {
  const before = (bits & ACCESS_BEFORE) !== 0;
  const after = (bits & ACCESS_AFTER) !== 0;
  if (!showAfter) return before ? (stale ? STALE_COLOUR : REACHED_COLOUR) : NONE;
  if (before === after) return after ? (stale ? STALE_COLOUR : REACHED_COLOUR) : NONE;
  if (stale) return STALE_COLOUR;
  return after ? GAIN_COLOUR : LOSS_COLOUR;
}
