import { h3CellStrings } from '../../src/engine/grid/h3-cells.ts';
import { isochroneOutline, type OutlinePath } from '../../src/engine/travel/isochrone-outline.ts';

/**
 * The isochrone worker's API. It is the one worker that needs h3-js (to trace hexagon edges),
 * which is why it is apart from the hot travel and metrics workers. The grid's H3 strings are
 * built once on `init`, so each call only ships minutes.
 */
export function createIsochroneApi() {
  let cells: readonly string[] | null = null;
  return {
    init(h3Lo: Uint32Array, h3Hi: Uint32Array): void {
      cells = h3CellStrings(h3Lo, h3Hi);
    },
    outline(minutes: Uint16Array, limit: number, unreachable: number): OutlinePath[] {
      if (!cells) throw new Error('the isochrone worker has no grid (init failed or missing)');
      return isochroneOutline(cells, minutes, limit, unreachable);
    },
  };
}

export type IsochroneApi = ReturnType<typeof createIsochroneApi>;
