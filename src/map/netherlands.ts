import type { LngLatBoundsLike } from 'maplibre-gl';

/** The European Netherlands including the Wadden islands: the default view. */
export const NETHERLANDS_BOUNDS: LngLatBoundsLike = [
  [3.3, 50.72],
  [7.25, 53.58],
];

/** How far the map may be panned: the Netherlands with some of its neighbours for context. */
export const MAX_BOUNDS: LngLatBoundsLike = [
  [0.5, 49.5],
  [10.5, 54.8],
];

export const MIN_ZOOM = 5.5;
export const MAX_ZOOM = 16;
/**
 * Zoom used when the search lands: a location at 11, so its town and the neighbouring ones are
 * in view; a place or an institution fit their extent, zoomed in no further than these.
 */
export const FLY_ZOOM = { location: 11, place: 12, institution: 11 } as const;
/** Air around the Netherlands when the map shows all of it. */
export const FIT_PADDING = 24;
