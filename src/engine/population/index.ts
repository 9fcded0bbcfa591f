/**
 * Population years: the 15–24 year olds per cell in 2021 (counted), 2026 and 2031 (today's
 * children, no forecast); their change over time per region; each location's verzorgingsgebied.
 */
export { JAREN, DEFAULT_JAAR, LAST_JAAR, AGE_BANDS_OF_JAAR, isJaar, parseJaar } from './years.ts';
export type { Jaar } from './years.ts';
export { populationOf } from './by-year.ts';
export type { PopulationByYear } from './by-year.ts';
export { changeOverTime, krimpRegionGrouping, populationChange } from './change.ts';
export type { ChangeOverTime, PopulationChange, RegionChange, RegionGrouping } from './change.ts';
export { servedPopulation, verzorgingsgebieden, byLoss } from './verzorgingsgebied.ts';
export type { Verzorgingsgebied } from './verzorgingsgebied.ts';
