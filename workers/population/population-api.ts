import { type CatchmentPlace, catchmentFromNearest, catchmentSources } from '../../src/engine/analysis/catchment.ts';
import { decodeGraph } from '../../src/engine/graph/codec.ts';
import {
  type GemeenteLike,
  krimpByGemeente,
  regionContext,
  standardLayers,
  withPopulation,
} from '../../src/engine/metrics/index.ts';
import type { Niveau, OfferRow } from '../../src/engine/offer/types.ts';
import {
  type ChangeOverTime,
  changeOverTime,
  DEFAULT_JAAR,
  krimpRegionGrouping,
  LAST_JAAR,
  type PopulationByYear,
  type Verzorgingsgebied,
  verzorgingsgebieden,
} from '../../src/engine/population/index.ts';
import { createNearestSourceSearch, type NearestSourceSearch } from '../../src/engine/travel/nearest-source.ts';

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
 * each location's verzorgingsgebied in 2021 and 2031 (one nearest-source search per niveau, on
 * its own graph so it never holds up the travel-field workers).
 */
export function createPopulationApi() {
  let state: { search: NearestSourceSearch; dataset: PopulationDataset } | null = null;
  const ready = () => {
    if (!state) throw new Error('the population worker has no data (init failed or missing)');
    return state;
  };
  return {
    init(graph: ArrayBuffer, dataset: PopulationDataset): void {
      state = { search: createNearestSourceSearch(decodeGraph(graph)), dataset };
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
    /** `places`: every place the rows name (vestigingen and an import's pseudo-locations), cell -1 = none. */
    verzorgingsgebieden(
      rows: readonly OfferRow[],
      niveau: Niveau,
      places: readonly (CatchmentPlace & { brinvest: string })[],
      limit: number,
    ): Verzorgingsgebied[] {
      const { search, dataset } = ready();
      const { popByYear } = dataset.grid;
      const placeOf = new Map(places.map((p) => [p.brinvest, p]));
      const sources = catchmentSources(rows, { niveau }, (id) => placeOf.get(id));
      const field = search.computeNearest(sources.sources, sources.labels, limit);
      const catchment = catchmentFromNearest(sources, field, popByYear[DEFAULT_JAAR], limit);
      return verzorgingsgebieden(rows, niveau, catchment, popByYear[DEFAULT_JAAR], popByYear[LAST_JAAR]);
    },
  };
}

export type PopulationApi = ReturnType<typeof createPopulationApi>;
