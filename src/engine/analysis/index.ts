/** Questions over the whole offer at once: sole reach and extra minutes per programme-location, white spots, travel-time change. */
export {
  creboProgrammeLocations,
  programmeLocations,
  soleReachByRegion,
  bySoleReachDescending,
} from './programme-locations.ts';
export type { ProgrammeLocation } from './programme-locations.ts';
export { soleReachBySource } from './sole-reach.ts';
export { addedMinutesBySource } from './extra-minutes.ts';
export type { AddedMinutesBySource } from './extra-minutes.ts';
export { whiteSpots } from './white-spots.ts';
export type { WhiteSpots, WhiteSpotRegion } from './white-spots.ts';
export { travelTimeChange, meanChangeByRegion } from './travel-change.ts';
export type { TravelChange } from './travel-change.ts';
