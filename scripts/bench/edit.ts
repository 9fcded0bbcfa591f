/**
 * Benchmark case "edit": one stop edit re-evaluated, i.e. the edit applied to the offer, the
 * travel fields it touches recomputed, and every metric (coverage, krimp and anticipeer reach,
 * choice breadth, duplication) for all four niveaus and all region layers (gemeente, AMR, RMC,
 * provincie and a custom region). Reported as the median over EDIT_RUNS different stop edits
 * (a different crebo at a different location each run, so no run finds its fields cached),
 * each starting from the evaluated base offer.
 */
import { performance } from 'node:perf_hooks';
import { customLayer, type RegionLayer } from '../../src/engine/metrics/index.ts';
import type { Niveau, OfferRow } from '../../src/engine/offer/types.ts';
import { applyEdits, type Edit, formatEditProblem } from '../../src/engine/scenario/index.ts';
import { loadScenarioData, type ScenarioData } from '../cli/scenario-data.ts';
import { type BenchCase, median } from './case.ts';

export const EDIT_RUNS = 21;
const NIVEAUS: Niveau[] = [1, 2, 3, 4];

function evaluateAll(data: ScenarioData, rows: readonly OfferRow[], layers: RegionLayer[]): void {
  for (const niveau of NIVEAUS) data.metrics.evaluate(rows, { niveau }, layers);
}

/** EDIT_RUNS distinct (crebo, vestiging) pairs spread over the offer, deterministically. */
function stopEdits(rows: readonly OfferRow[]): Edit[] {
  const pairs = [...new Map(rows.map((r) => [`${r.crebo}|${r.vestiging}`, r])).values()];
  if (pairs.length < EDIT_RUNS) throw new Error(`the offer has only ${pairs.length} (crebo, vestiging) pairs`);
  const step = Math.floor(pairs.length / EDIT_RUNS);
  return Array.from({ length: EDIT_RUNS }, (_, i) => {
    const row = pairs[i * step];
    return { op: 'stop', crebo: row.crebo, vestiging: row.vestiging };
  });
}

/** The case over a geodata directory (default public/geodata). */
export function createEditCase(geodataDir?: string): BenchCase {
  return { name: 'edit', run: () => runEditCase(geodataDir) };
}

export const editCase: BenchCase = createEditCase();

async function runEditCase(geodataDir: string | undefined): Promise<Record<string, number>> {
  const data = await loadScenarioData({ geodataDir });
  const base = data.offer.rows;
  // A custom region of every tenth gemeente, so the custom layer is exercised too.
  const custom = customLayer(
    'bench',
    data.gemeenten.map((_, i) => i).filter((i) => i % 10 === 0),
    data.gemeenten.length,
  );
  const layers = [...data.dataset.layers, custom];

  const setupStart = performance.now();
  evaluateAll(data, base, layers); // every crebo field of the base offer, computed once
  const setupMs = performance.now() - setupStart;

  const times: number[] = [];
  const searchesBefore = data.metrics.cache.stats.computed;
  for (const edit of stopEdits(base)) {
    const start = performance.now();
    const result = applyEdits(base, [edit], data.catalogue);
    if ('error' in result) throw new Error(`bench edit refused: ${formatEditProblem(result.error)}`);
    evaluateAll(data, result.rows, layers);
    times.push(performance.now() - start);
    evaluateAll(data, base, layers); // back to the base state, untimed
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    edit_ms: round(median(times)),
    edit_max_ms: round(Math.max(...times)),
    edit_runs: times.length,
    edit_searches_per_run: round((data.metrics.cache.stats.computed - searchesBefore) / times.length),
    edit_setup_ms: round(setupMs),
    offer_rows: base.length,
  };
}
