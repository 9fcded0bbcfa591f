import type { MetricsDataset, EvaluationRequest, ScenarioEvaluation } from './evaluate.ts';

/**
 * Messages between the main thread and the scenario-metrics worker. The dataset (grid arrays,
 * graph bytes) is sent once; each evaluation then carries only the offers and the selection.
 */
export type MetricsWorkerRequest =
  | { type: 'init'; dataset: MetricsDataset; graph: ArrayBuffer }
  | { type: 'evaluate'; id: number; request: EvaluationRequest };

export type MetricsWorkerResponse =
  | { type: 'result'; id: number; result: ScenarioEvaluation; elapsedMs: number }
  | { type: 'error'; id: number | null; message: string };
