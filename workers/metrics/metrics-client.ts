import { createWorkerClient, type WorkerClient } from '../protocol/worker-client.ts';
import type { MetricsApi, MetricsGeodata } from './metrics-api.ts';

export type MetricsClient = WorkerClient<MetricsApi>;

/** One metrics worker, started with the geodata and its own copy of graph.bin's bytes. */
export function createMetricsClient(geodata: MetricsGeodata, graph: ArrayBuffer, create?: () => Worker): MetricsClient {
  return createWorkerClient<MetricsApi>({
    name: 'metrics',
    create: create ?? (() => new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module', name: 'metrics' })),
    init: () => {
      const copy = graph.slice(0);
      return { method: 'init', args: [geodata, copy], transfer: [copy] };
    },
  });
}
