import { decodeGraph } from '../../src/engine/graph/codec.ts';
import {
  krimpByGemeente,
  regionContext,
  standardLayers,
  withPopulation,
  type GemeenteLike,
} from '../../src/engine/metrics/index.ts';
import type { Niveau, OfferRow } from '../../src/engine/offer/types.ts';
import {
  changeOverTime,
  DEFAULT_JAAR,
  krimpRegionGrouping,
  LAST_JAAR,
  verzorgingsgebieden,
  type CatchmentLocation,
  type ChangeOverTime,
  type PopulationByYear,
  type Verzorgingsgebied,
} from '../../src/engine/population/index.ts';
import { createTravelSearch, type TravelSearch } from '../../src/engine/travel/search.ts';

/** What the population worker holds: the population of every year never leaves it. */
export interface PopulationDataset {
  grid: { count: number; gemeente: Uint16Array; popByYear: PopulationByYear };
  gemeenten: readonly (GemeenteLike & { krimp: { type: 'krimpregio' | 'anticipeerregio'; regio: string } | null })[];
}

/** The change 2021 → 2031 per grouping: the four standard region layers and the krimp regions. */
export type PopulationChangeTables = Record<
  'gemeente' | 'arbeidsmarktregio' | 'rmc' | 'provincie' | 'krimp',
  ChangeOverTime
>;

/**
 * The population worker's API: the change of the 15–24 population over time per region, and
 * each location's verzorgingsgebied in 2021 and 2031 (one travel search per location cell, so it
 * has its own graph and never holds up the travel-field workers).
 */
export function createPopulationApi() {
  let state: { search: TravelSearch; dataset: PopulationDataset } | null = null;
  const ready = () => {
    if (!state) throw new Error('the population worker has no data (init failed or missing)');
    return state;
  };
  return {
    init(graph: ArrayBuffer, dataset: PopulationDataset): void {
      state = { search: createTravelSearch(decodeGraph(graph)), dataset };
    },
    change(): PopulationChangeTables {
      const { dataset } = ready();
      const { grid, gemeenten } = dataset;
      const counted = regionContext(
        { count: grid.count, pop: grid.popByYear[DEFAULT_JAAR], gemeente: grid.gemeente },
        gemeenten.length,
        krimpByGemeente(gemeenten),
      );
      const later = withPopulation(counted, grid.popByYear[LAST_JAAR]);
      const [gemeente, arbeidsmarktregio, rmc, provincie] = standardLayers(gemeenten);
      return {
        gemeente: changeOverTime(counted, later, gemeente),
        arbeidsmarktregio: changeOverTime(counted, later, arbeidsmarktregio),
        rmc: changeOverTime(counted, later, rmc),
        provincie: changeOverTime(counted, later, provincie),
        krimp: changeOverTime(counted, later, krimpRegionGrouping(gemeenten)),
      };
    },
    verzorgingsgebieden(
      rows: readonly OfferRow[],
      niveau: Niveau,
      locations: readonly CatchmentLocation[],
      limit: number,
    ): Verzorgingsgebied[] {
      const { search, dataset } = ready();
      const { popByYear } = dataset.grid;
      const fieldFn = (sources: Int32Array, cutoff: number) => search.computeField(sources, cutoff).minutes;
      return verzorgingsgebieden(rows, niveau, locations, fieldFn, limit, popByYear[DEFAULT_JAAR], popByYear[LAST_JAAR])
        .list;
    },
  };
}

export type PopulationApi = ReturnType<typeof createPopulationApi>;
