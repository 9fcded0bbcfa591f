import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CatchmentInputs, computeCatchment } from '../../src/engine/analysis/catchment.ts';
import { compareCatchments } from '../../src/engine/analysis/catchment-change.ts';
import type { Selection } from '../../src/engine/metrics/index.ts';
import type { Niveau, OfferRow } from '../../src/engine/offer/types.ts';
import { applyEdits, type Edit } from '../../src/engine/scenario/index.ts';
import { catchmentInputs } from './scenario-catchment.ts';
import { DEFAULT_GEODATA, loadScenarioData, type ScenarioData } from './scenario-data.ts';

/**
 * Catchments on the real grid, graph and modelled offer: for real edits, the catchment changes
 * over all institutions equal the coverage change of ScenarioMetrics exactly. Exactly, not
 * nearly: every population value is a Float32 of at least 2⁻⁵ (a multiple of 2⁻²⁸) and the
 * total is below 2²², so every partial sum is a double without rounding, in any order. The
 * first test checks that premise, so a data build that breaks it fails here, visibly.
 */
const dir = process.env.REGIEKAART_GEODATA ?? DEFAULT_GEODATA;
const ready = existsSync(path.join(dir, 'graph.bin')) && existsSync(path.join(dir, 'aanbod-model.json'));

let data: ScenarioData;
let inputs: CatchmentInputs;

function apply(rows: readonly OfferRow[], edits: Edit[]): OfferRow[] {
  const result = applyEdits(rows, edits, data.catalogue);
  if ('error' in result) throw new Error(JSON.stringify(result.error));
  return result.rows;
}

/** A start of `crebo` at another institution's location in the same gemeente as one that offers it. */
function startNextToAnother(rows: readonly OfferRow[], niveau: Niveau): { edit: Edit; rival: string } {
  const byId = new Map(data.locations.map((l) => [l.brinvest, l]));
  const offered = new Set(rows.map((r) => `${r.crebo}|${r.vestiging}`));
  for (const row of rows) {
    if (row.niveau !== niveau) continue;
    const here = byId.get(row.vestiging);
    if (!here || here.cell < 0) continue;
    const neighbour = data.locations.find(
      (l) =>
        l.gemeente === here.gemeente &&
        l.brin !== here.brin &&
        l.cell >= 0 &&
        l.cell !== here.cell &&
        !offered.has(`${row.crebo}|${l.brinvest}`),
    );
    if (neighbour) return { edit: { op: 'start', crebo: row.crebo, vestiging: neighbour.brinvest }, rival: here.brin };
  }
  throw new Error(`no start next to another school found at niveau ${niveau}`);
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

describe.skipIf(!ready)(`catchment on the real data (${dir})`, () => {
  beforeAll(async () => {
    data = await loadScenarioData({ geodataDir: dir });
    inputs = catchmentInputs(data);
  }, 60_000);

  it('the grid population is exact in double sums (the premise of exact equality)', () => {
    let total = 0;
    let smallest = Infinity;
    for (const p of data.dataset.regions.pop) {
      if (p > 0 && p < smallest) smallest = p;
      total += p;
    }
    expect(smallest).toBeGreaterThanOrEqual(2 ** -5);
    expect(total).toBeLessThan(2 ** 22);
  });

  it('for a start, a stop and an uitruil, catchment changes add up to the coverage change exactly', () => {
    const base = data.offer.rows;
    const { edit: start, rival } = startNextToAnother(base, 2);
    const stopped = base.find((r) => r.niveau === 4) as OfferRow;
    const moved = base.find((r) => r.niveau === 3) as OfferRow;
    const target = data.locations.find(
      (l) => l.cell >= 0 && !base.some((r) => r.crebo === moved.crebo && r.vestiging === l.brinvest),
    );
    const edits: Edit[][] = [
      [start],
      [{ op: 'stop', crebo: stopped.crebo, vestiging: stopped.vestiging }],
      [{ op: 'uitruil', crebo: moved.crebo, van: moved.vestiging, naar: target!.brinvest }],
    ];
    for (const list of edits) {
      const after = apply(base, list);
      const crebo = list[0].crebo;
      const niveau = (data.catalogue.qualification(crebo)?.niveau ?? 2) as Niveau;
      const selections: Selection[] = [{ niveau }, { niveau, crebos: new Set([crebo]) }];
      for (const selection of selections) {
        const limit = data.metrics.limit(niveau);
        const coverageBefore = data.metrics.coverage(base, selection).figures.coverage.count;
        const coverageAfter = data.metrics.coverage(after, selection).figures.coverage.count;
        const before = computeCatchment(base, selection, limit, inputs);
        const next = computeCatchment(after, selection, limit, inputs);
        const change = compareCatchments(before, next, data.dataset.regions.pop);
        expect(sum(before.byInstitution.values())).toBe(coverageBefore);
        expect(sum(next.byInstitution.values())).toBe(coverageAfter);
        expect(sum(change.institutions.map((i) => i.after - i.before))).toBe(coverageAfter - coverageBefore);
      }
    }
    // The start next to another school's location takes young people from that school.
    const after = apply(base, [start]);
    const only: Selection = { niveau: 2, crebos: new Set([start.crebo]) };
    const change = compareCatchments(
      computeCatchment(base, only, data.metrics.limit(2), inputs),
      computeCatchment(after, only, data.metrics.limit(2), inputs),
      data.dataset.regions.pop,
    );
    const starter = data.locations.find((l) => l.brinvest === (start as { vestiging: string }).vestiging)!.brin;
    expect(change.institutions.find((i) => i.brin === rival)!.lost).toBeGreaterThan(0);
    expect(change.flows.some((f) => f.from === rival && f.to === starter && f.count > 0)).toBe(true);
  }, 120_000);
});
