/// <reference lib="webworker" />
import { decodeGraph } from '../../engine/graph/codec.ts';
import { createTravelSearch } from '../../engine/travel/search.ts';
import { ScenarioEvaluator } from './evaluate.ts';
import type { MetricsWorkerRequest, MetricsWorkerResponse } from './protocol.ts';

/**
 * Thin adapter: the scenario evaluator runs here, off the main thread, so the map keeps
 * panning while metrics are computed. It owns its own travel search, because ScenarioMetrics
 * needs fields synchronously and keeps them in its cache across edits (an edit then costs only
 * the fields it touches).
 */
declare const self: DedicatedWorkerGlobalScope;

let evaluator: ScenarioEvaluator | null = null;

const reply = (message: MetricsWorkerResponse, transfer: Transferable[] = []) => self.postMessage(message, transfer);

self.onmessage = (event: MessageEvent<MetricsWorkerRequest>) => {
  const message = event.data;
  if (message.type === 'init') {
    try {
      const search = createTravelSearch(decodeGraph(message.graph));
      evaluator = new ScenarioEvaluator(message.dataset, (sources, cutoff) => search.computeField(sources, cutoff).minutes);
    } catch (error) {
      reply({ type: 'error', id: null, message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  if (!evaluator) {
    reply({ type: 'error', id: message.id, message: 'the metrics worker has no dataset yet' });
    return;
  }
  try {
    const started = performance.now();
    const result = evaluator.evaluate(message.request);
    reply({ type: 'result', id: message.id, result, elapsedMs: performance.now() - started }, [result.access.buffer]);
  } catch (error) {
    reply({ type: 'error', id: message.id, message: error instanceof Error ? error.message : String(error) });
  }
};
