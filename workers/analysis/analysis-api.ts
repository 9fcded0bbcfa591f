import { creboProgrammeLocations, type ProgrammeLocation } from '../../src/engine/analysis/index.ts';
import { decodeGraph } from '../../src/engine/graph/codec.ts';
import { regionContext, type RegionContext } from '../../src/engine/metrics/regions.ts';
import type { Niveau } from '../../src/engine/offer/types.ts';
import { createTwoNearestSearch, type TwoNearestSearch } from '../../src/engine/travel/two-nearest.ts';

/** What the analysis worker is started with: the graph, and the grid's people and gemeenten. */
export interface AnalysisInit {
  graph: ArrayBuffer;
  pop: Float32Array;
  /** gemeente index per cell (65535 = none), as in grid.bin */
  gemeente: Uint16Array;
  gemeenteCount: number;
  /** KRIMP_* per gemeente */
  krimp: Uint8Array;
}

/**
 * The analysis worker's API: `init` once, then one `programmeLocations` call per crebo (so the
 * caller can stream a niveau's table and cache it per crebo): the early-warning figures of
 * every vestiging offering the crebo, from one two-label search.
 */
export function createAnalysisApi() {
  let state: { search: TwoNearestSearch; regions: RegionContext } | null = null;
  return {
    init({ graph, pop, gemeente, gemeenteCount, krimp }: AnalysisInit): void {
      const decoded = decodeGraph(graph);
      if (pop.length !== decoded.cellCount)
        throw new Error(`the grid has ${pop.length} cells, graph.bin ${decoded.cellCount}`);
      state = {
        search: createTwoNearestSearch(decoded),
        regions: regionContext({ count: pop.length, pop, gemeente }, gemeenteCount, krimp),
      };
    },
    /** `cells[i]` is the grid cell of `vestigingen[i]` (-1 = none). */
    programmeLocations(
      crebo: string,
      niveau: Niveau,
      vestigingen: string[],
      cells: Int32Array,
      limit: number,
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
        state.regions,
      );
    },
  };
}

export type AnalysisApi = ReturnType<typeof createAnalysisApi>;
