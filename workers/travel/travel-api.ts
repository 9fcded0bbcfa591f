import { decodeGraph } from '../../src/engine/graph/codec.ts';
import { createNearestSourceSearch, type NearestSourceSearch } from '../../src/engine/travel/nearest-source.ts';
import { createTravelSearch, type TravelSearch } from '../../src/engine/travel/search.ts';
import { withTransfer } from '../protocol/messages.ts';

/**
 * The travel worker's API: decode graph.bin once (`init`), then answer each `field` call with
 * the engine's multi-source search (and each `nearest` call with the search that also names the
 * nearest source, for catchments), handing the result arrays over as transferables (no copy).
 * No h3-js here: the worker only needs dense cell indices.
 */
export function createTravelApi() {
  let search: TravelSearch | null = null;
  let nearestSearch: NearestSourceSearch | null = null;
  return {
    init(graph: ArrayBuffer): void {
      const decoded = decodeGraph(graph);
      search = createTravelSearch(decoded);
      nearestSearch = createNearestSourceSearch(decoded);
    },
    field(sources: Int32Array, cutoffMinutes: number) {
      if (!search) throw new Error('the travel worker has no graph (init failed or missing)');
      const { minutes, modes } = search.computeField(sources, cutoffMinutes);
      return withTransfer({ minutes, modes }, [minutes.buffer, modes.buffer]);
    },
    nearest(sources: Int32Array, labels: Int32Array, cutoffMinutes: number) {
      if (!nearestSearch) throw new Error('the travel worker has no graph (init failed or missing)');
      const { minutes, nearest } = nearestSearch.computeNearest(sources, labels, cutoffMinutes);
      return withTransfer({ minutes, nearest }, [minutes.buffer, nearest.buffer]);
    },
  };
}

export type TravelApi = ReturnType<typeof createTravelApi>;
