import { type Catchment, compareCodes } from '../analysis/catchment.ts';
import type { Niveau, OfferRow } from '../offer/types.ts';
import { type PopulationChange, populationChange } from './change.ts';

/** A location's verzorgingsgebied for one niveau, counted in two population years. */
export interface Verzorgingsgebied extends PopulationChange {
  vestiging: string;
  niveau: Niveau;
}

/**
 * Σ population per location of the catchment over the cells it serves. Who serves a cell does
 * not depend on the year, so one catchment counts every year.
 */
export function servedPopulation(catchment: Catchment, pop: Float32Array): Float64Array {
  const { servedBy } = catchment;
  if (pop.length !== servedBy.length)
    throw new Error(`population has ${pop.length} cells, the grid has ${servedBy.length}`);
  const out = new Float64Array(catchment.vestigingen.length);
  for (let c = 0; c < pop.length; c++) {
    const v = servedBy[c];
    if (v >= 0) out[v] += pop[c];
  }
  return out;
}

/**
 * Per location offering a programme of `niveau`: its verzorgingsgebied, the 15–24 year olds for
 * whom it is the nearest such location within the niveau's limit, in two population years (e.g.
 * 2021 and 2031). `catchment` is the niveau's catchment (src/engine/analysis/catchment.ts, the
 * one assignment the scenario's "Effect op anderen" and the institution view use too), so the
 * verzorgingsgebieden partition the niveau's coverage and add up to its coverage count in each
 * year. An offering location without a grid cell serves nobody: it is listed with 0, not dropped.
 */
export function verzorgingsgebieden(
  rows: readonly OfferRow[],
  niveau: Niveau,
  catchment: Catchment,
  popFrom: Float32Array,
  popTo: Float32Array,
): Verzorgingsgebied[] {
  const from = servedPopulation(catchment, popFrom);
  const to = servedPopulation(catchment, popTo);
  const index = new Map(catchment.vestigingen.map((v, i) => [v, i]));
  const offering = [...new Set(rows.filter((r) => r.niveau === niveau).map((r) => r.vestiging))].sort(compareCodes);
  return offering.map((vestiging) => {
    const i = index.get(vestiging);
    return { vestiging, niveau, ...populationChange(i === undefined ? 0 : from[i], i === undefined ? 0 : to[i]) };
  });
}

/** Most persons lost first ("which locations lose most of their future students"), then by code. */
export function byLoss(list: readonly Verzorgingsgebied[]): Verzorgingsgebied[] {
  return [...list].sort((a, b) => a.persons - b.persons || compareCodes(a.vestiging, b.vestiging));
}
