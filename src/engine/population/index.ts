/** Population years: the 15–24 year olds per cell in 2021 (counted), 2026 and 2031 (today's children). */
export { JAREN, DEFAULT_JAAR, LAST_JAAR, AGE_BANDS_OF_JAAR, isJaar, parseJaar } from './years.ts';
export type { Jaar } from './years.ts';
export { populationOf, totalPopulation } from './by-year.ts';
export type { PopulationByYear } from './by-year.ts';
