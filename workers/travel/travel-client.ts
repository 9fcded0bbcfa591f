import { createWorkerClient, type WorkerClient } from '../protocol/worker-client.ts';
import type { TravelApi } from './travel-api.ts';

export type TravelClient = WorkerClient<TravelApi>;

/**
 * `size` travel workers behind one queue, each with its own copy of graph.bin's bytes (verified
 * against the manifest by the caller). `create` is for tests.
 */
export function createTravelClient(graph: ArrayBuffer, size: number, create?: () => Worker): TravelClient {
  return createWorkerClient<TravelApi>({
    name: 'travel',
    size,
    create: create ?? (() => new Worker(new URL('./travel.worker.ts', import.meta.url), { type: 'module', name: 'travel' })),
    init: () => {
      const copy = graph.slice(0);
      return { method: 'init', args: [copy], transfer: [copy] };
    },
  });
}
