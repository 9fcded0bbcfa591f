import { interpolatePurples } from 'd3-scale-chromatic';
import type { Rgba } from '../colors.ts';

/** Relative declines from 0 to this are spread over the ramp; steeper ones get its darkest colour. */
export const STEEPEST_DECLINE = 0.3;

/**
 * A sequential colour for a change in population: darker purple for a steeper decline (one hue,
 * never red against green); growth and no change share the lightest step. Null (nobody lived
 * there) is transparent.
 */
export function changeColour(relative: number | null): Rgba {
  if (relative === null) return [0, 0, 0, 0];
  const t = Math.min(Math.max(-relative / STEEPEST_DECLINE, 0), 1);
  return hexToRgba(interpolatePurples(0.12 + 0.83 * t), 200);
}

/** CSS gradient of the same ramp, for the legend (no decline → steepest decline). */
export function changeRampCss(): string {
  const stops = [0, 0.25, 0.5, 0.75, 1].map((t) => interpolatePurples(0.12 + 0.83 * t));
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

function hexToRgba(colour: string, alpha: number): Rgba {
  // d3-scale-chromatic returns "rgb(r, g, b)" for the sequential ramps.
  const m = /^rgb\((\d+), ?(\d+), ?(\d+)\)$/.exec(colour);
  if (!m) throw new Error(`unexpected colour ${colour} from d3-scale-chromatic`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}
