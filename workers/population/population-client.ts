import { createWorkerClient, type WorkerClient } from '../protocol/worker-client.ts';
import type { PopulationApi, PopulationDataset } from './population-api.ts';

export type PopulationClient = WorkerClient<PopulationApi>;

/** One population worker with its own copies of graph.bin and the population of every year. */
export function createPopulationClient(
  graph: ArrayBuffer,
  dataset: PopulationDataset,
  create?: () => Worker,
): PopulationClient {
  return createWorkerClient<PopulationApi>({
    name: 'population',
    create:
      create ??
      (() => new Worker(new URL('./population.worker.ts', import.meta.url), { type: 'module', name: 'population' })),
    init: () => {
      const graphCopy = graph.slice(0);
      const popByYear = {
        2021: dataset.grid.popByYear[2021].slice(),
        2026: dataset.grid.popByYear[2026].slice(),
        2031: dataset.grid.popByYear[2031].slice(),
      };
      const copy: PopulationDataset = {
        grid: { count: dataset.grid.count, gemeente: dataset.grid.gemeente.slice(), popByYear },
        gemeenten: dataset.gemeenten,
      };
      return {
        method: 'init',
        args: [graphCopy, copy],
        transfer: [
          graphCopy,
          copy.grid.gemeente.buffer,
          popByYear[2021].buffer,
          popByYear[2026].buffer,
          popByYear[2031].buffer,
        ],
      };
    },
  });
}
