import { creboProgrammeLocations, type ProgrammeLocation } from '../../src/engine/analysis/index.ts';
import { decodeGraph } from '../../src/engine/graph/codec.ts';
import { type RegionContext, regionContext, withPopulation } from '../../src/engine/metrics/regions.ts';
import type { Niveau } from '../../src/engine/offer/types.ts';
import type { PopulationByYear } from '../../src/engine/population/by-year.ts';
import { DEFAULT_JAAR, JAREN, type Jaar } from '../../src/engine/population/years.ts';
import { createTwoNearestSearch, type TwoNearestSearch } from '../../src/engine/travel/two-nearest.ts';

/** What the analysis worker is started with: the graph, and the grid's people (every year) and gemeenten. */
export interface AnalysisInit {
  graph: ArrayBuffer;
  /** 15–24 year olds per cell in each population year */
  popByYear: PopulationByYear;
  /** gemeente index per cell (65535 = none), as in grid.bin */
  gemeente: Uint16Array;
  gemeenteCount: number;
  /** KRIMP_* per gemeente */
  krimp: Uint8Array;
}

/**
 * The analysis worker's API: `init` once, then one `programmeLocations` call per crebo (so the
 * caller can stream a niveau's table and cache it per crebo): the early-warning figures of
 * every vestiging offering the crebo, from one two-label search, counted in the population of
 * the given year (the search does not depend on the year, only the people it counts).
 */
export function createAnalysisApi() {
  let state: { search: TwoNearestSearch; regions: Record<Jaar, RegionContext> } | null = null;
  return {
    init({ graph, popByYear, gemeente, gemeenteCount, krimp }: AnalysisInit): void {
      const decoded = decodeGraph(graph);
      for (const jaar of JAREN) {
        const pop = popByYear[jaar];
        if (pop?.length !== decoded.cellCount)
          throw new Error(`the grid has ${pop?.length ?? 0} cells in ${jaar}, graph.bin ${decoded.cellCount}`);
      }
      const counted = regionContext(
        { count: decoded.cellCount, pop: popByYear[DEFAULT_JAAR], gemeente },
        gemeenteCount,
        krimp,
      );
      const regions = Object.fromEntries(
        JAREN.map((jaar) => [jaar, jaar === DEFAULT_JAAR ? counted : withPopulation(counted, popByYear[jaar])]),
      ) as Record<Jaar, RegionContext>;
      state = { search: createTwoNearestSearch(decoded), regions };
    },
    /** `cells[i]` is the grid cell of `vestigingen[i]` (-1 = none); the figures count the people of `jaar`. */
    programmeLocations(
      crebo: string,
      niveau: Niveau,
      vestigingen: string[],
      cells: Int32Array,
      limit: number,
      jaar: Jaar,
    ): ProgrammeLocation[] {
      if (!state) throw new Error('the analysis worker has no graph (init failed or missing)');
      if (cells.length !== vestigingen.length)
        throw new Error(`${vestigingen.length} vestigingen but ${cells.length} cells`);
      const cellOf = new Map(vestigingen.map((v, i) => [v, cells[i]]));
      return creboProgrammeLocations(
        state.search,
        crebo,
        niveau,
        vestigingen,
        (v) => cellOf.get(v) ?? -1,
        limit,
        state.regions[jaar],
      );
    },
  };
}

export type AnalysisApi = ReturnType<typeof createAnalysisApi>;
