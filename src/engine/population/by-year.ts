import { JAREN, type Jaar } from './years.ts';

/** 15–24 year olds per grid cell, one array per population year (all of the grid's length). */
export type PopulationByYear = Readonly<Record<Jaar, Float32Array>>;

/** The population of one year; throws when the arrays do not fit the grid. */
export function populationOf(byYear: PopulationByYear, jaar: Jaar, cellCount: number): Float32Array {
  const pop = byYear[jaar];
  if (!pop) throw new RangeError(`no population for ${jaar}; years: ${JAREN.join(', ')}`);
  if (pop.length !== cellCount)
    throw new RangeError(`population ${jaar} has ${pop.length} cells, the grid has ${cellCount}`);
  return pop;
}
