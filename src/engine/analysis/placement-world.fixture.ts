import { ScenarioMetrics, type Selection } from '../metrics/scenario-metrics.ts';
import type { World } from '../metrics/synthetic-world.fixture.ts';
import type { OfferRow } from '../offer/types.ts';
import { Placement } from './placement.ts';
import { reachFromField } from './reach-lists.ts';

/**
 * Test support: the placement questions and the scenario metrics over one random world, so a
 * test can compare a placement answer with the coverage the scenario engine computes for the
 * edits it implies. Main locations are every third location, to exercise the tie-break.
 */
export function placementOf(world: World): { placement: Placement; metrics: ScenarioMetrics } {
  const metrics = new ScenarioMetrics({
    regions: world.regions,
    locations: world.locations,
    fieldFn: world.fieldFn,
    limits: world.limits,
  });
  const main = new Set(world.locations.filter((_, i) => i % 3 === 0).map((l) => l.brinvest));
  return { placement: new Placement(metrics, reachFromField(world.fieldFn), world.locations, main), metrics };
}

/** Coverage of one crebo: its figures and its field. */
export function creboCoverage(
  metrics: ScenarioMetrics,
  rows: readonly OfferRow[],
  crebo: { crebo: string; niveau: Selection['niveau'] },
) {
  return metrics.coverage(rows, { niveau: crebo.niveau, crebos: new Set([crebo.crebo]) });
}
