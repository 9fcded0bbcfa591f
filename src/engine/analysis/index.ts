/** Questions over the whole offer at once: sole reach and extra minutes per programme-location, white spots, travel-time change. */

export type { EarlyWarningCsvContext, NamedProgrammeLocation } from './early-warning-csv.ts';
export {
  EARLY_WARNING_MODELLED,
  EARLY_WARNING_SOURCE,
  earlyWarningCsv,
  KWETSBAAR_COLUMNS,
  kwetsbaarCsv,
} from './early-warning-csv.ts';
export type { AddedMinutesBySource } from './extra-minutes.ts';
export { addedMinutesBySource } from './extra-minutes.ts';
export type { ProgrammeLocation } from './programme-locations.ts';
export {
  bySoleReachDescending,
  creboProgrammeLocations,
  programmeLocations,
  soleReachByRegion,
} from './programme-locations.ts';
export { soleReachBySource } from './sole-reach.ts';
export type { TravelChange } from './travel-change.ts';
export { meanChangeByRegion, travelTimeChange } from './travel-change.ts';
export type { WhiteSpotRegion, WhiteSpots } from './white-spots.ts';
export { whiteSpots } from './white-spots.ts';
