/**
 * Benchmark case "placement".
 *
 * - `beste_plek_ms`: the best-place ranking of one crebo over all its candidates, cold (every
 *   candidate's reach list searched first); `beste_plek_warm_ms`: the median over other crebos
 *   of the same niveau once the reach lists are cached (the next question a user asks).
 *   Baseline, measured in the same run: apply each start edit and recompute the crebo's
 *   coverage through ScenarioMetrics (one multi-source search per candidate), timed on an even
 *   sample of BASELINE_SAMPLE candidates and scaled to all of them; the case checks that the
 *   baseline gains equal the ranked gains. `beste_plek_speedup` = baseline / cold ranking.
 *   `beste_plek_field_reach_ms`: the same cold ranking with reach lists cut from national
 *   single-source fields instead of the sparse `reachOf`, with the ranking checked equal;
 *   `beste_plek_reach_speedup` = that / cold ranking.
 * - `een_aanbieder_ms`: "as if one provider" for the crebo with the most locations, cold
 *   (reach lists, coverage patterns, exact HiGHS solve). Baseline: the same exact model with one
 *   constraint per covered cell instead of per coverage pattern (`een_aanbieder_cells_ms`), with
 *   the same answer checked; `een_aanbieder_speedup` is their ratio.
 */
import { performance } from 'node:perf_hooks';
import loadHighs from 'highs';
import type { CoverPatterns } from '../../src/engine/analysis/cover-patterns.ts';
import { oneProvider } from '../../src/engine/analysis/one-provider.ts';
import { Placement } from '../../src/engine/analysis/placement.ts';
import { reachFromField } from '../../src/engine/analysis/reach-lists.ts';
import { ScenarioMetrics } from '../../src/engine/metrics/index.ts';
import type { Niveau, OfferRow } from '../../src/engine/offer/types.ts';
import { applyEdits, formatEditProblem } from '../../src/engine/scenario/index.ts';
import { placementFor } from '../cli/placement-data.ts';
import { loadScenarioData } from '../cli/scenario-data.ts';
import { type BenchCase, median } from './case.ts';

const RANKED_CREBO = '25382'; // niveau 2, widely offered
const BASELINE_SAMPLE = 40;
const WARM_CREBOS = 9;

export const placementCase: BenchCase = { name: 'placement', run: runPlacementCase };

async function runPlacementCase(): Promise<Record<string, number>> {
  const data = await loadScenarioData();
  const rows = data.offer.rows;
  const niveau = data.catalogue.qualification(RANKED_CREBO)?.niveau as Niveau;

  // Best place, cold: a fresh Placement has no reach lists yet.
  const placement = placementFor(data);
  let start = performance.now();
  const ranking = placement.bestPlaces(rows, RANKED_CREBO, niveau);
  const coldMs = performance.now() - start;
  const others = [...new Set(rows.filter((r) => r.niveau === niveau && r.crebo !== RANKED_CREBO).map((r) => r.crebo))]
    .sort()
    .slice(0, WARM_CREBOS);
  const warm = others.map((crebo) => {
    const t = performance.now();
    placement.bestPlaces(rows, crebo, niveau);
    return performance.now() - t;
  });

  // The same cold ranking with reach lists cut from national single-source fields (the path
  // before reachOf): reachOf must give the same ranking, faster by `beste_plek_reach_speedup`.
  const main = new Set(data.locations.filter((l) => l.hoofdlocatie).map((l) => l.brinvest));
  const viaFields = new Placement(data.metrics, reachFromField(data.fieldFn), data.dataset.locations, main);
  start = performance.now();
  const fieldRanking = viaFields.bestPlaces(rows, RANKED_CREBO, niveau);
  const fieldReachMs = performance.now() - start;
  if (JSON.stringify(fieldRanking) !== JSON.stringify(ranking)) {
    throw new Error('reach lists from reachOf and from national fields rank differently');
  }

  // Baseline: a start edit per candidate through the scenario metrics, on its own cache.
  const metrics = new ScenarioMetrics({
    regions: data.dataset.regions,
    locations: data.dataset.locations,
    fieldFn: data.fieldFn,
    limits: data.limits,
  });
  const selection = { niveau, crebos: new Set([RANKED_CREBO]) };
  const before = metrics.coverage(rows, selection).figures.coverage.count;
  const step = Math.max(1, Math.floor(ranking.length / BASELINE_SAMPLE));
  const sample = ranking.filter((_, i) => i % step === 0).slice(0, BASELINE_SAMPLE);
  const baselineTimes = sample.map(({ vestiging, gain }) => {
    const t = performance.now();
    const started = applyEdits(rows, [{ op: 'start', crebo: RANKED_CREBO, vestiging }], data.catalogue);
    if ('error' in started) throw new Error(`bench start refused: ${formatEditProblem(started.error)}`);
    const after = metrics.coverage(started.rows, selection).figures.coverage.count;
    const elapsed = performance.now() - t;
    if (Math.abs(after - before - gain.total) > 1e-6 * Math.max(1, before)) {
      throw new Error(`ranked gain ${gain.total} at ${vestiging} differs from the start edit's ${after - before}`);
    }
    return elapsed;
  });
  const baselineMs = median(baselineTimes) * ranking.length;

  // One provider for the crebo with the most locations, cold, and with per-cell constraints.
  const widest = widestCrebo(rows);
  const highs = await loadHighs();
  const fresh = placementFor(data);
  start = performance.now();
  const model = fresh.providerModel(rows, widest.crebo, widest.niveau);
  const answer = oneProvider(highs, model);
  const oneMs = performance.now() - start;
  start = performance.now();
  const perCell = oneProvider(highs, { ...model, patterns: perCellPatterns(model.patterns) });
  const perCellMs = performance.now() - start;
  if (perCell.keep.join() !== answer.keep.join())
    throw new Error('per-cell and per-pattern models keep different locations');

  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    beste_plek_ms: round(coldMs),
    beste_plek_warm_ms: round(median(warm)),
    beste_plek_candidates: ranking.length,
    beste_plek_baseline_ms: round(baselineMs),
    beste_plek_speedup: round(baselineMs / coldMs),
    beste_plek_field_reach_ms: round(fieldReachMs),
    beste_plek_reach_speedup: round(fieldReachMs / coldMs),
    een_aanbieder_ms: round(oneMs),
    een_aanbieder_locations: model.columns.length + model.sameCell.length + model.unplaced.length,
    een_aanbieder_kept: answer.keep.length,
    een_aanbieder_patterns: model.patterns.patternCount,
    een_aanbieder_optimal: Number(answer.optimal),
    een_aanbieder_cells_ms: round(perCellMs),
    een_aanbieder_speedup: round(perCellMs / oneMs),
  };
}

function widestCrebo(rows: readonly OfferRow[]): { crebo: string; niveau: Niveau } {
  const at = new Map<string, { niveau: Niveau; places: Set<string> }>();
  for (const r of rows) {
    const entry = at.get(r.crebo) ?? { niveau: r.niveau, places: new Set<string>() };
    entry.places.add(r.vestiging);
    at.set(r.crebo, entry);
  }
  const [crebo, { niveau }] = [...at].sort((a, b) => b[1].places.size - a[1].places.size || (a[0] < b[0] ? -1 : 1))[0];
  return { crebo, niveau };
}

/** The same cover as one "pattern" per covered cell: what the model would be without grouping. */
function perCellPatterns(patterns: CoverPatterns): CoverPatterns {
  const cells: number[] = [];
  patterns.patternOfCell.forEach((p, c) => {
    if (p >= 0) cells.push(c);
  });
  const starts = new Int32Array(cells.length + 1);
  const members: number[] = [];
  const youth = cells.map((c, i) => {
    const p = patterns.patternOfCell[c];
    for (let k = patterns.starts[p]; k < patterns.starts[p + 1]; k++) members.push(patterns.members[k]);
    starts[i + 1] = members.length;
    // Each cell carries its pattern's youth, so the rows that must stay covered are the same.
    return patterns.youth[p];
  });
  return { ...patterns, patternCount: cells.length, starts, members: Int32Array.from(members), youth };
}
