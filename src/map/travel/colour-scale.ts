import { interpolateViridis } from 'd3-scale-chromatic';
import type { Rgba } from '../colors.ts';

/** RGBA, 0–255 per channel: the colour type deck.gl accessors return. */
/** Width of one legend band in minutes; the issue fixes bands of a quarter of an hour. */
const BAND_MINUTES = 15;

/** Cells beyond the niveau's limit: a faint veil, so the reachable area still reads as a shape. */
export const BEYOND_LIMIT_COLOUR: Rgba = [255, 255, 255, 70];
/** Cells no location can be reached from (the engine's sentinel): not drawn at all. */
export const UNREACHABLE_COLOUR: Rgba = [0, 0, 0, 0];

/** Opacity of the field's hexagons: the basemap's borders and labels stay readable through it. */
const FIELD_ALPHA = 190;

export interface TravelBand {
  /** Inclusive lower bound in minutes. */
  from: number;
  /** Upper bound in minutes: exclusive, except the last band, which includes the limit itself. */
  to: number;
  colour: Rgba;
  /** The same band in grey, drawn while a new field is computed (a stale field). */
  staleColour: Rgba;
}

function parseCssRgb(css: string): [number, number, number] {
  // d3-scale-chromatic returns "#rrggbb" for viridis; anything else means the library changed.
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(css);
  if (!match) throw new Error(`interpolateViridis returned an unexpected colour "${css}"`);
  return [parseInt(match[1], 16), parseInt(match[2], 16), parseInt(match[3], 16)];
}

/**
 * The legend and colour bands for a limit: 15-minute steps from 0 up to the limit (the last band
 * is shorter when the limit is not a multiple of 15). Short journeys get the bright end of viridis
 * and long ones the dark end, so "close" reads as "light". Stale greys keep the same lightness
 * order, so the field's shape stays recognisable while it is recomputed.
 */
export function travelBands(limitMinutes: number): TravelBand[] {
  if (!Number.isInteger(limitMinutes) || limitMinutes < 1) {
    throw new Error(`travel limit must be a whole number of minutes ≥ 1, got ${limitMinutes}`);
  }
  const count = Math.ceil(limitMinutes / BAND_MINUTES);
  const bands: TravelBand[] = [];
  for (let i = 0; i < count; i++) {
    // One band alone gets the bright end; otherwise spread the bands over the whole scale.
    const t = count === 1 ? 1 : 1 - i / (count - 1);
    const [r, g, b] = parseCssRgb(interpolateViridis(t));
    const grey = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    bands.push({
      from: i * BAND_MINUTES,
      to: Math.min((i + 1) * BAND_MINUTES, limitMinutes),
      colour: [r, g, b, FIELD_ALPHA],
      staleColour: [grey, grey, grey, FIELD_ALPHA],
    });
  }
  return bands;
}

/**
 * A colour function for one limit, returning shared (never mutated) arrays so deck.gl can fill
 * its attribute for ~56k cells without allocating per cell.
 */
export function travelColourFor(limitMinutes: number, unreachable: number, stale: boolean): (minutes: number) => Rgba {
  const bands = travelBands(limitMinutes);
  const colours = bands.map((band) => (stale ? band.staleColour : band.colour));
  const last = colours.length - 1;
  return (minutes) => {
    if (minutes === unreachable) return UNREACHABLE_COLOUR;
    if (minutes > limitMinutes) return BEYOND_LIMIT_COLOUR;
    return colours[Math.min(Math.floor(minutes / BAND_MINUTES), last)];
  };
}
