import { interpolatePuOr } from 'd3-scale-chromatic';
import type { Rgba } from '../colors.ts';

/**
 * Colours of minutes added and saved: ColorBrewer's PuOr, a diverging scale that colour-blind
 * readers can read (no red against green). Added minutes take the orange half — the family of
 * lost access on the delta map — and saved minutes the purple half; no change is not drawn.
 */
export const NO_CHANGE: Rgba = [0, 0, 0, 0];
export const STALE_CHANGE: Rgba = [150, 150, 150, 150];
const ALPHA = 215;
/** The scale spans at least this many minutes each way, so one minute never looks like a disaster. */
export const MIN_SPAN_MINUTES = 5;

function parseRgb(css: string): [number, number, number] {
  const match = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(css);
  if (!match) throw new Error(`interpolatePuOr returned an unexpected colour "${css}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Colour of `minutes` (after − before) on a scale from −span (purple) to +span (orange). */
export function travelChangeColour(minutes: number, span: number, stale: boolean): Rgba {
  if (minutes === 0) return NO_CHANGE;
  if (stale) return STALE_CHANGE;
  const t = 0.5 + 0.5 * Math.max(-1, Math.min(1, minutes / span));
  // d3's PuOr runs from purple (0) to orange (1).
  const [r, g, b] = parseRgb(interpolatePuOr(t));
  return [r, g, b, ALPHA];
}

/** CSS colour of the same scale, for the legend's gradient. */
export function travelChangeCss(minutes: number, span: number): string {
  const [r, g, b] = travelChangeColour(minutes === 0 ? 1e-9 : minutes, span, false);
  return `rgb(${r} ${g} ${b})`;
}

/** Symmetric span of the scale: the largest change in either direction, at least MIN_SPAN_MINUTES. */
export function travelChangeSpan(minutes: Int16Array): number {
  let max = MIN_SPAN_MINUTES;
  for (let c = 0; c < minutes.length; c++) {
    const m = Math.abs(minutes[c]);
    if (m > max) max = m;
  }
  return max;
}
