import type { Niveau, OfferRow } from '../offer/types.ts';
import type { FieldFn } from '../reach/field-cache.ts';
import { UNREACHABLE } from '../reach/field-cache.ts';
import { populationChange, type PopulationChange } from './change.ts';

/** A place an offer row can name, with its grid cell (-1 = none). */
export interface CatchmentLocation {
  brinvest: string;
  cell: number;
}

/** Per cell, the location it is nearest to (index into `ids`, -1 = none within the limit). */
export interface NearestLocations {
  /** the competing locations, sorted by vestiging code */
  ids: string[];
  owner: Int32Array;
  minutes: Uint16Array;
  /** locations of the niveau without a grid cell: they serve nobody and are listed, not dropped */
  unplaced: string[];
}

/**
 * Assigns every cell to its nearest location among `locations` within `limit` minutes. Ties are
 * broken reproducibly: fewer (whole, as in every field) minutes first, then the lower vestiging
 * code. One travel search per distinct cell: locations are visited in code order and a later one
 * only takes a cell it reaches in strictly fewer minutes, so a location sharing its cell with a
 * lower code never wins a cell and needs no search of its own.
 */
export function nearestLocations(
  locations: readonly CatchmentLocation[],
  fieldFn: FieldFn,
  limit: number,
  cellCount: number,
): NearestLocations {
  const sorted = [...locations].sort((a, b) => (a.brinvest < b.brinvest ? -1 : a.brinvest > b.brinvest ? 1 : 0));
  const owner = new Int32Array(cellCount).fill(-1);
  const minutes = new Uint16Array(cellCount).fill(UNREACHABLE);
  const searched = new Set<number>();
  const unplaced: string[] = [];
  sorted.forEach((location, index) => {
    if (location.cell < 0) {
      unplaced.push(location.brinvest);
      return;
    }
    if (searched.has(location.cell)) return;
    searched.add(location.cell);
    const field = fieldFn(Int32Array.of(location.cell), limit);
    if (field.length !== cellCount)
      throw new Error(`travel field has ${field.length} cells, the grid has ${cellCount}`);
    for (let c = 0; c < cellCount; c++) {
      const m = field[c];
      if (m <= limit && m < minutes[c]) {
        minutes[c] = m;
        owner[c] = index;
      }
    }
  });
  return { ids: sorted.map((l) => l.brinvest), owner, minutes, unplaced };
}

/** Σ population per location over the cells it is nearest to. */
export function catchmentPopulation(nearest: NearestLocations, pop: Float32Array): Float64Array {
  if (pop.length !== nearest.owner.length)
    throw new Error(`population has ${pop.length} cells, the grid has ${nearest.owner.length}`);
  const out = new Float64Array(nearest.ids.length);
  for (let c = 0; c < pop.length; c++) {
    const o = nearest.owner[c];
    if (o >= 0) out[o] += pop[c];
  }
  return out;
}

/** A location's verzorgingsgebied for one niveau, counted in two population years. */
export interface Verzorgingsgebied extends PopulationChange {
  vestiging: string;
  niveau: Niveau;
}

/**
 * Per location offering a programme of `niveau`: its verzorgingsgebied, the 15–24 year olds for
 * whom it is the nearest such location within the niveau's limit, in two population years (e.g.
 * 2021 and 2031). Together the verzorgingsgebieden partition the niveau's coverage, so their sum
 * is the coverage count of the niveau (every qualification) in each year.
 */
export function verzorgingsgebieden(
  rows: readonly OfferRow[],
  niveau: Niveau,
  locations: readonly CatchmentLocation[],
  fieldFn: FieldFn,
  limit: number,
  popFrom: Float32Array,
  popTo: Float32Array,
): { list: Verzorgingsgebied[]; nearest: NearestLocations } {
  const offering = new Set(rows.filter((r) => r.niveau === niveau).map((r) => r.vestiging));
  const cellOf = new Map(locations.map((l) => [l.brinvest, l.cell]));
  const competing = [...offering].map((brinvest) => ({ brinvest, cell: cellOf.get(brinvest) ?? -1 }));
  const nearest = nearestLocations(competing, fieldFn, limit, popFrom.length);
  const from = catchmentPopulation(nearest, popFrom);
  const to = catchmentPopulation(nearest, popTo);
  return {
    list: nearest.ids.map((vestiging, i) => ({ vestiging, niveau, ...populationChange(from[i], to[i]) })),
    nearest,
  };
}

/** Most persons lost first ("which locations lose most of their future students"), then by code. */
export function byLoss(list: readonly Verzorgingsgebied[]): Verzorgingsgebied[] {
  return [...list].sort(
    (a, b) => a.persons - b.persons || (a.vestiging < b.vestiging ? -1 : a.vestiging > b.vestiging ? 1 : 0),
  );
}
