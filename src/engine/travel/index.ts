/** Multi-source travel-time fields over the travel graph, and the two-nearest-sources search. */

export type { NearestField, NearestSourceSearch } from './nearest-source.ts';
export { createNearestSourceSearch, NO_SOURCE } from './nearest-source.ts';
export type { TravelField, TravelSearch } from './search.ts';
export { createTravelSearch, UNREACHABLE } from './search.ts';
export type { TwoNearest, TwoNearestSearch } from './two-nearest.ts';
export { createTwoNearestSearch } from './two-nearest.ts';
