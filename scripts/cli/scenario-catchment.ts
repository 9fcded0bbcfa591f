/**
 * The scenario CLI's "verzorgingsgebied": per institution, the young people it serves before
 * and after the edits (src/engine/analysis/catchment.ts). Whole people (wholeBeforeAfter): the
 * "voor" counts add up to the niveau's printed coverage count before, the "na" counts to the
 * count after, and an institution the edits do not touch shows the same number twice.
 */
import { type CatchmentInputs, type CatchmentPlace, computeCatchment } from '../../src/engine/analysis/catchment.ts';
import { wholeByKey } from '../../src/engine/analysis/whole-counts.ts';
import type { Selection } from '../../src/engine/metrics/index.ts';
import type { OfferRow } from '../../src/engine/offer/types.ts';
import type { ScenarioData } from './scenario-data.ts';

export type Verzorgingsgebied = Record<string, { voor: number; na: number }>;

export function catchmentInputs(data: ScenarioData): CatchmentInputs {
  const places = new Map<string, CatchmentPlace>(data.dataset.locations.map((l) => [l.brinvest, l]));
  // The population the metrics count in (--jaar), so the catchments add up to the printed coverage.
  return { places, pop: data.metrics.regions.pop, nearest: data.nearestFn };
}

/** Every institution whose catchment is not zero before or after, sorted by BRIN. */
export function verzorgingsgebied(
  inputs: CatchmentInputs,
  before: readonly OfferRow[],
  after: readonly OfferRow[],
  selection: Selection,
  limit: number,
): Verzorgingsgebied {
  const whole = wholeByKey(
    computeCatchment(before, selection, limit, inputs).byInstitution,
    computeCatchment(after, selection, limit, inputs).byInstitution,
  );
  return Object.fromEntries([...whole].map(([brin, w]) => [brin, { voor: w.before, na: w.after }]));
}
