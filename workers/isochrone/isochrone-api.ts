import { h3CellStrings } from '../../src/engine/grid/h3-cells.ts';
import {
  isochroneOutline,
  type OutlinePath,
  type OutlineTopology,
  outlineTopology,
} from '../../src/engine/travel/isochrone-outline.ts';

/**
 * The isochrone worker's API. It is the one worker that needs h3-js (for the hexagon edges),
 * which is why it is apart from the hot travel and metrics workers. The grid's edges are found
 * once on `init` (the worker starts with the app, so that happens while the first field is
 * computed), and each call only ships minutes.
 */
export function createIsochroneApi() {
  let topology: OutlineTopology | null = null;
  return {
    init(h3Lo: Uint32Array, h3Hi: Uint32Array): void {
      topology = outlineTopology(h3CellStrings(h3Lo, h3Hi));
    },
    outline(minutes: Uint16Array, limit: number, unreachable: number): OutlinePath[] {
      if (!topology) throw new Error('the isochrone worker has no grid (init failed or missing)');
      return isochroneOutline(topology, minutes, limit, unreachable);
    },
  };
}

export type IsochroneApi = ReturnType<typeof createIsochroneApi>;
