/** Multi-source travel-time fields over the travel graph. */
export { createTravelSearch, UNREACHABLE } from './search.ts';
export type { TravelField, TravelSearch } from './search.ts';
