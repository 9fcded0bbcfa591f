import type { Layer } from '@deck.gl/core';
import type { FeatureCollection, MultiLineString } from 'geojson';
import { cellToBoundary } from 'h3-js';
import { type Rgba, rgbaCss } from './colors.ts';

type Path = [number, number][];

/** One set of lines drawn over the data layers: an isochrone, region borders, outlined cells. */
export interface OverlayLine {
  /** [lon, lat] paths; a closed ring repeats its first point at the end. */
  paths: readonly Path[];
  colour: Rgba;
  widthPixels: number;
}

/**
 * What an analysis adds to the map: deck.gl layers (fills, circles) and lines. Lines are drawn
 * by MapLibre, not deck.gl: MapLibre tessellates a line once, while deck.gl's path and line
 * layers draw one instance per segment on every frame, which without a GPU (software WebGL) is
 * slow for the isochrone's thousands of segments and the choropleth's borders; see
 * `npm run bench -- map-frame` for the frame with and without.
 */
export interface MapOverlay {
  layers: readonly Layer[];
  lines: readonly OverlayLine[];
}

export const NO_OVERLAY: MapOverlay = { layers: [], lines: [] };

/** The overlays after one another: later layers and lines are drawn on top. */
export function joinOverlays(overlays: readonly MapOverlay[]): MapOverlay {
  return { layers: overlays.flatMap((o) => o.layers), lines: overlays.flatMap((o) => o.lines) };
}

/** Whether `a` and `b` hold the same line objects in the same order (the same drawing). */
export function sameLines(a: readonly OverlayLine[], b: readonly OverlayLine[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

/** The lines as the GeoJSON of the overlay-lines source, colour and width per feature. */
export function overlayLinesData(lines: readonly OverlayLine[]): FeatureCollection<MultiLineString> {
  return {
    type: 'FeatureCollection',
    features: lines
      .filter((line) => line.paths.length > 0)
      .map(({ paths, colour, widthPixels }) => ({
        type: 'Feature',
        properties: { colour: rgbaCss(colour), width: widthPixels },
        geometry: { type: 'MultiLineString', coordinates: paths as Path[] },
      })),
  };
}

/** The hexagon of each H3 cell as a closed [lon, lat] ring. */
export function cellRings(cells: readonly string[]): Path[] {
  return cells.map((cell) => cellToBoundary(cell, true) as Path);
}
