import type { InstitutionSoort } from '../data/geodata/index.ts';

type Rgb = [number, number, number];

/**
 * Basemap colours: muted, so the data on top carries the contrast. Water is clearly blue and
 * land near-white, so the IJsselmeer, Wadden and Zeeland waters read as water at a glance.
 */
export const BASEMAP_COLORS = {
  water: '#a9cbe0',
  land: '#f8f6f1',
  countries: '#dcdad5',
  countryBorder: '#b9b6b0',
  gemeenteBorder: '#c9c2b6',
  provincieBorder: '#6f6a62',
  regionHighlightFill: '#1d3f73',
  regionHighlightLine: '#1d3f73',
} as const;

/** Location colours by kind of institution: Okabe–Ito hues, distinguishable with colour blindness. */
export const SOORT_COLORS: Record<InstitutionSoort, Rgb> = {
  roc: [0, 114, 178],
  aoc: [0, 158, 115],
  vakinstelling: [213, 94, 0],
  overig: [204, 121, 167],
};

export const SOORT_ORDER: readonly InstitutionSoort[] = ['roc', 'aoc', 'vakinstelling', 'overig'];

export const LOCATION_OUTLINE: Rgb = [255, 255, 255];
export const SELECTED_OUTLINE: Rgb = [17, 17, 17];
export const PLACE_LABEL_COLOR: Rgb = [40, 40, 40];
export const PLACE_LABEL_HALO: Rgb = [248, 246, 241];

export function rgbCss([r, g, b]: Rgb): string {
  return `rgb(${r} ${g} ${b})`;
}

/** A deck.gl colour with its alpha (0–255), as every layer and legend swatch takes it. */
export type Rgba = [number, number, number, number];

/** The same colour as CSS, for legend swatches and MapLibre paint (which reads the comma form). */
export function rgbaCss([r, g, b, a]: Rgba): string {
  return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(2)})`;
}
