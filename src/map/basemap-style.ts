import type { StyleSpecification } from 'maplibre-gl';
import type { BasemapGeometry } from './basemap-geometry.ts';
import { BASEMAP_COLORS } from './colors.ts';

/**
 * MapLibre style layer ids, in drawing order. deck.gl layers in interleaved mode can be put
 * beneath one of them with `beforeId` (e.g. a travel field beneath the gemeente borders).
 */
export const BASEMAP_LAYER_IDS = {
  background: 'water',
  countries: 'countries-fill',
  countryBorders: 'countries-line',
  land: 'land-fill',
  regionHighlight: 'region-highlight-fill',
  gemeenteBorders: 'gemeente-borders',
  provincieBorders: 'provincie-borders',
  regionHighlightOutline: 'region-highlight-line',
  overlayLines: 'overlay-lines',
} as const;

/** Source whose data is the region the list is filtered on (set with setData). */
export const REGION_HIGHLIGHT_SOURCE = 'regionHighlight';

/** Source whose data is the analyses' lines (overlayLinesData), drawn above the basemap. */
export const OVERLAY_LINES_SOURCE = 'overlayLines';

/**
 * The whole basemap as a style with inline GeoJSON sources: no tiles, glyphs or sprites, so
 * MapLibre requests nothing. The background is the water colour; land is drawn on top of it.
 */
export function basemapStyle(geometry: BasemapGeometry): StyleSpecification {
  const ids = BASEMAP_LAYER_IDS;
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: geometry.countries },
      land: { type: 'geojson', data: geometry.land },
      [REGION_HIGHLIGHT_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      gemeenteBorders: { type: 'geojson', data: geometry.gemeenteBorders },
      [OVERLAY_LINES_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      provincieBorders: { type: 'geojson', data: geometry.provincieBorders },
    },
    layers: [
      { id: ids.background, type: 'background', paint: { 'background-color': BASEMAP_COLORS.water } },
      { id: ids.countries, type: 'fill', source: 'countries', paint: { 'fill-color': BASEMAP_COLORS.countries } },
      {
        id: ids.countryBorders,
        type: 'line',
        source: 'countries',
        paint: { 'line-color': BASEMAP_COLORS.countryBorder, 'line-width': 0.8 },
      },
      { id: ids.land, type: 'fill', source: 'land', paint: { 'fill-color': BASEMAP_COLORS.land } },
      {
        id: ids.regionHighlight,
        type: 'fill',
        source: REGION_HIGHLIGHT_SOURCE,
        paint: { 'fill-color': BASEMAP_COLORS.regionHighlightFill, 'fill-opacity': 0.1 },
      },
      {
        id: ids.gemeenteBorders,
        type: 'line',
        source: 'gemeenteBorders',
        minzoom: 6.5,
        paint: {
          'line-color': BASEMAP_COLORS.gemeenteBorder,
          'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.4, 11, 1.2],
        },
      },
      {
        id: ids.provincieBorders,
        type: 'line',
        source: 'provincieBorders',
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': BASEMAP_COLORS.provincieBorder,
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.9, 11, 2],
          'line-dasharray': [3, 1.5],
        },
      },
      {
        id: ids.regionHighlightOutline,
        type: 'line',
        source: REGION_HIGHLIGHT_SOURCE,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': BASEMAP_COLORS.regionHighlightLine, 'line-width': 2.5 },
      },
      {
        // Last of the style: above every deck.gl layer placed beneath a style layer (the grid
        // fills, the choropleth), beneath the unplaced ones (labels, locations, circles).
        id: ids.overlayLines,
        type: 'line',
        source: OVERLAY_LINES_SOURCE,
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': ['get', 'colour'], 'line-width': ['get', 'width'] },
      },
    ],
  };
}
