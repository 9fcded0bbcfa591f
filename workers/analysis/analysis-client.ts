import { JAREN } from '../../src/engine/population/years.ts';
import { createWorkerClient, type WorkerClient } from '../protocol/worker-client.ts';
import type { AnalysisApi, AnalysisInit } from './analysis-api.ts';

export type AnalysisClient = WorkerClient<AnalysisApi>;

/**
 * One analysis worker (the machine has two cores and the travel workers use them too), started
 * with copies of the given arrays so the caller keeps its own. `create` is for tests.
 */
export function createAnalysisClient(init: AnalysisInit, create?: () => Worker): AnalysisClient {
  return createWorkerClient<AnalysisApi>({
    name: 'analysis',
    lazy: true,
    create:
      create ??
      (() => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' })),
    init: () => {
      const popByYear = Object.fromEntries(
        JAREN.map((jaar) => [jaar, init.popByYear[jaar].slice()]),
      ) as AnalysisInit['popByYear'];
      const copy: AnalysisInit = {
        ...init,
        graph: init.graph.slice(0),
        popByYear,
        gemeente: init.gemeente.slice(),
        krimp: init.krimp.slice(),
      };
      return {
        method: 'init',
        args: [copy],
        transfer: [copy.graph, ...JAREN.map((jaar) => popByYear[jaar].buffer), copy.gemeente.buffer, copy.krimp.buffer],
      };
    },
  });
}
