import fc from 'fast-check';
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioMetrics } from '../metrics/scenario-metrics.ts';
import { catalogueOf, type World, worldArb } from '../metrics/synthetic-world.fixture.ts';
import type { OfferRow } from '../offer/types.ts';
import { applyEdits } from '../scenario/apply.ts';
import { formatEditProblem } from '../scenario/edits.ts';
import { MIN_YOUTH } from './cover-solver.ts';
import { oneProvider, onlyK, type ProviderModel, providerModel } from './one-provider.ts';
import { creboCoverage, placementOf } from './placement-world.fixture.ts';

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

function stopAll(world: World, rows: OfferRow[], crebo: string, vestigingen: readonly string[]): OfferRow[] {
  const result = applyEdits(
    rows,
    vestigingen.map((vestiging) => ({ op: 'stop' as const, crebo, vestiging })),
    catalogueOf(world),
  );
  if ('error' in result) throw new Error(formatEditProblem(result.error));
  return result.rows;
}

/** Cells with youth that have access within the limit in `before` but not in `after`. */
function lostCells(
  world: World,
  metrics: ScenarioMetrics,
  before: OfferRow[],
  after: OfferRow[],
  crebo: World['crebos'][number],
): number[] {
  const a = creboCoverage(metrics, before, crebo);
  const b = creboCoverage(metrics, after, crebo);
  const lost: number[] = [];
  for (let c = 0; c < world.regions.cellCount; c++) {
    if (world.regions.pop[c] > 0 && a.field[c] <= a.limit && b.field[c] > b.limit) lost.push(c);
  }
  return lost;
}

/** Youth reached by the columns in `mask` (bit j = column j), straight from the reach lists. */
function bruteReach(world: World, model: ProviderModel, reachOf: (cell: number) => Int32Array, mask: number): number {
  const covered = new Uint8Array(world.regions.cellCount);
  model.columns.forEach((l, j) => {
    if (mask & (1 << j)) for (const c of reachOf(l.cell)) covered[c] = 1;
  });
  let sum = 0;
  covered.forEach((v, c) => {
    sum += v ? world.regions.pop[c] : 0;
  });
  return sum;
}

/** Whether the columns in `mask` reach every cell with youth that all columns reach. */
function coversAll(world: World, model: ProviderModel, reachOf: (cell: number) => Int32Array, mask: number): boolean {
  const all = new Uint8Array(world.regions.cellCount);
  const some = new Uint8Array(world.regions.cellCount);
  model.columns.forEach((l, j) => {
    for (const c of reachOf(l.cell)) {
      all[c] = 1;
      if (mask & (1 << j)) some[c] = 1;
    }
  });
  return all.every((v, c) => !v || some[c] || world.regions.pop[c] < MIN_YOUTH);
}

/** Per crebo of the world: its covering model and the reach list of a cell at its limit. */
function modelsOf(world: World) {
  const { placement } = placementOf(world);
  return world.crebos.map((crebo) => {
    const limit = world.limits[crebo.niveau];
    return {
      model: placement.providerModel(world.rows, crebo.crebo, crebo.niveau),
      reachOf: (cell: number) => placement.reach.of(cell, limit),
    };
  });
}

function popcount(x: number): number {
  let n = 0;
  for (; x; x &= x - 1) n++;
  return n;
}

describe('as if one provider (set covering)', () => {
  it('dropping every dropped location loses no one, and every kept location is essential', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const { placement, metrics } = placementOf(world);
        for (const crebo of world.crebos) {
          const answer = oneProvider(highs, placement.providerModel(world.rows, crebo.crebo, crebo.niveau));
          expect(answer.optimal).toBe(true);
          const after = stopAll(world, world.rows, crebo.crebo, answer.drop);
          expect(
            lostCells(world, metrics, world.rows, after, crebo).filter((c) => world.regions.pop[c] >= MIN_YOUTH),
          ).toEqual([]);
          // MIN_YOUTH bounds the youth of a coverage pattern, not of one cell: a kept location may be
          // the only one for two cells that each hold less, together at least MIN_YOUTH.
          for (const kept of answer.keep) {
            const lost = lostCells(world, metrics, world.rows, stopAll(world, after, crebo.crebo, [kept]), crebo);
            const lostYouth = lost.reduce((sum, c) => sum + world.regions.pop[c], 0);
            expect(lostYouth).toBeGreaterThanOrEqual(MIN_YOUTH * (1 - 1e-9));
          }
          const figures = creboCoverage(metrics, after, crebo).figures;
          expect(answer.reachAfter.total).toBeCloseTo(figures.coverage.count, 6);
          expect(answer.reachBefore.total).toBeCloseTo(
            creboCoverage(metrics, world.rows, crebo).figures.coverage.count,
            6,
          );
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps as few locations as brute force over every subset', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        for (const { model, reachOf } of modelsOf(world)) {
          const m = model.columns.length;
          let best = m;
          for (let mask = 0; mask < 1 << m; mask++) {
            if (popcount(mask) < best && coversAll(world, model, reachOf, mask)) best = popcount(mask);
          }
          expect(oneProvider(highs, model).keep.length).toBe(best);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('orders columns by preference: main location first, then youth in reach, then code', () => {
    fc.assert(
      fc.property(worldArb, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (world, mains) => {
        const { placement } = placementOf(world);
        const limit = world.limits[2];
        const locations = world.locations.map((l, i) => ({ id: l.brinvest, cell: l.cell, main: mains[i] }));
        const model = providerModel(locations, limit, placement.reach, placement.youth);
        const youthOf = (cell: number) =>
          [...placement.reach.of(cell, limit)].reduce((s, c) => s + world.regions.pop[c], 0);
        const key = (l: { id: string; cell: number; main: boolean }) =>
          [Number(!l.main), -youthOf(l.cell), l.id] as const;
        const ordered = [...model.columns, ...model.sameCell];
        // Columns are in preference order, and each co-located location ranks below its column.
        for (let i = 1; i < model.columns.length; i++) {
          const [a, b] = [key(model.columns[i - 1]), key(model.columns[i])];
          expect(a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])))).toBe(true);
        }
        for (const l of model.sameCell) {
          const column = model.columns.find((c) => c.cell === l.cell) as (typeof model.columns)[number];
          expect(Number(!column.main) < Number(!l.main) || (column.main === l.main && column.id < l.id)).toBe(true);
        }
        expect(ordered.length + model.unplaced.length).toBe(locations.length);
      }),
      { numRuns: 40 },
    );
  });
});

describe('what if we had only k (maximal covering)', () => {
  it('reaches as many youth as the best subset of at most k, and equals the set cover once k suffices', () => {
    fc.assert(
      fc.property(worldArb, fc.integer({ min: 0, max: 7 }), (world, k) => {
        for (const { model, reachOf } of modelsOf(world)) {
          const m = model.columns.length;
          let best = 0;
          for (let mask = 0; mask < 1 << m; mask++) {
            if (popcount(mask) <= k) best = Math.max(best, bruteReach(world, model, reachOf, mask));
          }
          const answer = onlyK(highs, model, k);
          expect(answer.optimal).toBe(true);
          expect(answer.keep.length).toBeLessThanOrEqual(k);
          // Patterns with less than MIN_YOUTH count as empty, so the optimum may leave those out.
          expect(Math.abs(answer.reachAfter.total - best)).toBeLessThanOrEqual(MIN_YOUTH * world.regions.cellCount);
          const cover = oneProvider(highs, model);
          if (k >= cover.keep.length) expect(answer.keep).toEqual(cover.keep);
        }
      }),
      { numRuns: 20 },
    );
  });
});
