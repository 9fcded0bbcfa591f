import { createWorkerClient, type WorkerClient } from '../protocol/worker-client.ts';
import type { PlacementApi, PlacementGeodata } from './placement-api.ts';

export type PlacementClient = WorkerClient<PlacementApi>;

/** One placement worker (its reach lists are its cache), started with the geodata and a copy of graph.bin. */
export function createPlacementClient(
  geodata: PlacementGeodata,
  graph: ArrayBuffer,
  create?: () => Worker,
): PlacementClient {
  return createWorkerClient<PlacementApi>({
    name: 'placement',
    lazy: true,
    create:
      create ??
      (() => new Worker(new URL('./placement.worker.ts', import.meta.url), { type: 'module', name: 'placement' })),
    init: () => {
      const copy = graph.slice(0);
      return { method: 'init', args: [geodata, copy], transfer: [copy] };
    },
  });
}
