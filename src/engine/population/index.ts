/**
 * Population years: the 15–24 year olds per cell in 2021 (counted), 2026 and 2031 (today's
 * children, no forecast); their change over time per region; each location's verzorgingsgebied.
 */

export type { PopulationByYear } from './by-year.ts';
export { populationOf } from './by-year.ts';
export type { ChangeOverTime, PopulationChange, RegionChange, RegionGrouping } from './change.ts';
export { changeOverTime, krimpRegionGrouping, populationChange } from './change.ts';
export type { Verzorgingsgebied } from './verzorgingsgebied.ts';
export { byLoss, servedPopulation, verzorgingsgebieden } from './verzorgingsgebied.ts';
export type { Jaar } from './years.ts';
export { AGE_BANDS_OF_JAAR, DEFAULT_JAAR, isJaar, JAREN, LAST_JAAR, parseJaar } from './years.ts';
