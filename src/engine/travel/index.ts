/** Multi-source travel-time fields over the travel graph. */
export { createTravelSearch, NO_SOURCE, UNREACHABLE } from './search.ts';
export type { NearestField, TravelField, TravelSearch } from './search.ts';
