import type { EvaluationRequest, MetricsDataset, ScenarioEvaluation } from './evaluate.ts';
import type { MetricsWorkerRequest, MetricsWorkerResponse } from './protocol.ts';

export interface MetricsService {
  /**
   * Evaluates a scenario in the worker. Resolves to null when a later call superseded this one
   * before the worker started it: only the newest waiting request is computed next, so a burst
   * of edits (or slider moves) costs one evaluation, not many.
   */
  evaluate(request: EvaluationRequest): Promise<{ result: ScenarioEvaluation; elapsedMs: number } | null>;
  dispose(): void;
}

interface Pending {
  id: number;
  request: EvaluationRequest;
  resolve: (value: { result: ScenarioEvaluation; elapsedMs: number } | null) => void;
  reject: (error: Error) => void;
}

export function createMetricsWorker(): Worker {
  return new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module', name: 'scenario-metrics' });
}

/**
 * Starts the worker with the dataset. `graph` is a copy of graph.bin's bytes (it is transferred
 * to the worker, so pass a copy if the main thread still needs the original).
 */
export function createMetricsService(dataset: MetricsDataset, graph: ArrayBuffer, worker: Worker = createMetricsWorker()): MetricsService {
  let nextId = 1;
  let inFlight: Pending | null = null;
  let waiting: Pending | null = null;
  let broken: Error | null = null;

  const post = (message: MetricsWorkerRequest, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  post({ type: 'init', dataset, graph }, [graph]);

  const send = (pending: Pending) => {
    inFlight = pending;
    post({ type: 'evaluate', id: pending.id, request: pending.request });
  };

  const failAll = (error: Error) => {
    broken = error;
    inFlight?.reject(error);
    waiting?.reject(error);
    inFlight = null;
    waiting = null;
  };

  worker.onmessage = (event: MessageEvent<MetricsWorkerResponse>) => {
    const reply = event.data;
    if (reply.type === 'error' && reply.id === null) {
      failAll(new Error(`the metrics worker could not start: ${reply.message}`));
      return;
    }
    const done = inFlight;
    if (!done || done.id !== reply.id) return;
    inFlight = null;
    if (reply.type === 'result') done.resolve({ result: reply.result, elapsedMs: reply.elapsedMs });
    else done.reject(new Error(reply.message));
    if (waiting) {
      const next = waiting;
      waiting = null;
      send(next);
    }
  };
  worker.onerror = (event) => failAll(new Error(`the metrics worker failed: ${event.message}`));

  return {
    evaluate(request) {
      if (broken) return Promise.reject(broken);
      return new Promise((resolve, reject) => {
        const pending: Pending = { id: nextId++, request, resolve, reject };
        if (!inFlight) send(pending);
        else {
          waiting?.resolve(null);
          waiting = pending;
        }
      });
    },
    dispose() {
      worker.terminate();
      failAll(new Error('the metrics worker was stopped'));
    },
  };
}
