/**
 * Benchmark case "edit-message": the main thread's cost of handing one edit to the metrics
 * worker. The worker keeps the offer (workers/metrics), so a message carries only the edit list
 * and the selection; before, it carried the offer before and after the edits. Both are timed
 * with structuredClone, the algorithm postMessage uses, on the modelled offer; the ratio is
 * what counts, measured in the same run.
 */
import { applyEdits, type Edit, formatEditProblem } from '../../src/engine/scenario/index.ts';
import type { MetricsRequest } from '../../workers/metrics/metrics-api.ts';
import { loadScenarioData } from '../cli/scenario-data.ts';
import { type BenchCase, timeMedian } from './case.ts';

const RUNS = 21;

export const editMessageCase: BenchCase = {
  name: 'edit-message',
  async run() {
    const data = await loadScenarioData();
    const rows = data.offer.rows;
    const edits: Edit[] = [{ op: 'stop', crebo: rows[0].crebo, vestiging: rows[0].vestiging }];
    const after = applyEdits(rows, edits, data.catalogue);
    if ('error' in after) throw new Error(`bench edit refused: ${formatEditProblem(after.error)}`);
    const selection = {
      niveau: rows[0].niveau,
      crebos: null,
      customGemeenten: [],
      limits: data.limits,
      jaar: 2021 as const,
    };
    const now: MetricsRequest = { ...selection, offerId: 1, edits, extra: [] };
    const before = { ...selection, before: rows, after: after.rows, extra: [] };
    const nowMs = timeMedian(() => structuredClone(now), RUNS, 3);
    const offerMs = timeMedian(() => structuredClone(before), RUNS, 3);
    const round = (x: number) => Math.round(x * 1000) / 1000;
    return {
      edit_message_ms: round(nowMs),
      edit_message_with_offer_ms: round(offerMs),
      edit_message_ratio: Math.round(offerMs / nowMs),
    };
  },
};
