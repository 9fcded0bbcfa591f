import { createWorkerClient, type WorkerClient } from '../protocol/worker-client.ts';
import type { IsochroneApi } from './isochrone-api.ts';

export type IsochroneClient = WorkerClient<IsochroneApi>;

/** One isochrone worker with copies of the grid's H3 halves (the caller keeps its grid). */
export function createIsochroneClient(grid: { h3Lo: Uint32Array; h3Hi: Uint32Array }, create?: () => Worker): IsochroneClient {
  return createWorkerClient<IsochroneApi>({
    name: 'isochrone',
    create: create ?? (() => new Worker(new URL('./isochrone.worker.ts', import.meta.url), { type: 'module', name: 'isochrone' })),
    init: () => {
      const lo = grid.h3Lo.slice();
      const hi = grid.h3Hi.slice();
      return { method: 'init', args: [lo, hi], transfer: [lo.buffer, hi.buffer] };
    },
  });
}
