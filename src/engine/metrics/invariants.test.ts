import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OfferRow } from '../offer/types.ts';
import { JAREN, type Jaar } from '../population/years.ts';
import { applyEdits } from '../scenario/apply.ts';
import type { Edit } from '../scenario/edits.ts';
import { type Evaluation, ScenarioMetrics } from './scenario-metrics.ts';
import { catalogueOf, selections, type World, worldArb } from './synthetic-world.fixture.ts';

/**
 * The engine invariants of DESIGN.md on random small worlds (grid graphs with asymmetric
 * random minutes, random population, krimp status, locations and offers). Travel fields come
 * from the reference Dijkstra in reach/reference-field.fixture.ts; the same invariants are
 * checked on the real data and the real travel engine in real-data.test.ts. Each run counts in
 * one population year (drawn like the rest), so the invariants hold for every year.
 */

const jaarArb = fc.constantFrom<Jaar>(...JAREN);

/** Metrics over the world, counted in the population of `jaar`. */
function metricsFor(world: World, jaar: Jaar): ScenarioMetrics {
  const metrics = new ScenarioMetrics(world);
  metrics.setPopulation(world.popByYear[jaar]);
  return metrics;
}

function apply(world: World, rows: OfferRow[], edits: Edit[]): OfferRow[] {
  const result = applyEdits(rows, edits, catalogueOf(world));
  if ('error' in result) throw new Error(JSON.stringify(result.error));
  return result.rows;
}

/** Every figure of an evaluation as plain numbers, for exact comparison. */
function figures(e: Evaluation) {
  return {
    figures: e.coverage.figures,
    reached: [...e.coverage.reached],
    field: [...e.coverage.field],
    breadth: e.breadth.mean,
    weighted: [...e.breadth.weighted],
    duplications: e.duplications,
    regions: e.regions.map((r) => ({
      reached: [...r.coverage.reached],
      share: [...r.coverage.share],
      breadth: [...r.breadthMean],
      duplications: [...r.duplications],
    })),
  };
}

/** A stop edit of an existing row, chosen by `pick`. */
function stopOf(rows: OfferRow[], pick: number): Edit | null {
  if (rows.length === 0) return null;
  const row = rows[pick % rows.length];
  return { op: 'stop', crebo: row.crebo, vestiging: row.vestiging };
}

/** A start edit of a (crebo, location) pair not yet offered, chosen by `pick`. */
function startOf(world: World, rows: OfferRow[], pick: number): Edit | null {
  const offered = new Set(rows.map((r) => `${r.crebo}|${r.vestiging}`));
  const free = world.crebos.flatMap(({ crebo }) =>
    world.locations
      .filter((l) => !offered.has(`${crebo}|${l.brinvest}`))
      .map((l) => ({ crebo, vestiging: l.brinvest })),
  );
  if (free.length === 0) return null;
  return { op: 'start', ...free[pick % free.length] };
}

function expectNotAbove(after: Evaluation, before: Evaluation): void {
  const a = after.coverage.figures;
  const b = before.coverage.figures;
  expect(a.coverage.count).toBeLessThanOrEqual(b.coverage.count);
  expect(a.krimp.count).toBeLessThanOrEqual(b.krimp.count);
  expect(a.anticipeer.count).toBeLessThanOrEqual(b.anticipeer.count);
  after.coverage.reached.forEach((v, g) => {
    expect(v).toBeLessThanOrEqual(before.coverage.reached[g]);
  });
  after.coverage.field.forEach((v, c) => {
    expect(v).toBeGreaterThanOrEqual(before.coverage.field[c]);
  });
  expect(after.breadth.mean).toBeLessThanOrEqual(before.breadth.mean);
}

const run = { numRuns: 150 };

describe('scenario invariants (synthetic worlds, reference Dijkstra)', () => {
  it('stopping a programme never raises coverage, krimp or anticipeer reach, or breadth', () => {
    fc.assert(
      fc.property(worldArb, fc.nat(), jaarArb, (world, pick, jaar) => {
        const edit = stopOf(world.rows, pick);
        if (!edit) return;
        const after = apply(world, world.rows, [edit]);
        const metrics = metricsFor(world, jaar);
        for (const selection of selections(world)) {
          expectNotAbove(
            metrics.evaluate(after, selection, world.layers),
            metrics.evaluate(world.rows, selection, world.layers),
          );
        }
      }),
      run,
    );
  });

  it('starting a programme never lowers coverage, krimp or anticipeer reach, or breadth', () => {
    fc.assert(
      fc.property(worldArb, fc.nat(), jaarArb, (world, pick, jaar) => {
        const edit = startOf(world, world.rows, pick);
        if (!edit) return;
        const after = apply(world, world.rows, [edit]);
        const metrics = metricsFor(world, jaar);
        for (const selection of selections(world)) {
          expectNotAbove(
            metrics.evaluate(world.rows, selection, world.layers),
            metrics.evaluate(after, selection, world.layers),
          );
        }
      }),
      run,
    );
  });

  it('start followed by stop restores every figure exactly, also after evaluating the middle state', () => {
    fc.assert(
      fc.property(worldArb, fc.nat(), jaarArb, (world, pick, jaar) => {
        const start = startOf(world, world.rows, pick);
        if (start?.op !== 'start') return;
        const stop: Edit = { op: 'stop', crebo: start.crebo, vestiging: start.vestiging };
        const metrics = metricsFor(world, jaar);
        const middle = apply(world, world.rows, [start]);
        const restored = apply(world, world.rows, [start, stop]);
        for (const selection of selections(world)) {
          const before = figures(metrics.evaluate(world.rows, selection, world.layers));
          metrics.evaluate(middle, selection, world.layers); // moves the incremental state on
          expect(figures(metrics.evaluate(restored, selection, world.layers))).toEqual(before);
        }
      }),
      run,
    );
  });

  it('incremental (cached) evaluation equals a fresh evaluation after any edit sequence', () => {
    fc.assert(
      fc.property(worldArb, fc.array(fc.tuple(fc.boolean(), fc.nat(), jaarArb), { maxLength: 4 }), (world, steps) => {
        const warm = new ScenarioMetrics(world);
        let rows = world.rows;
        for (const [isStart, pick, jaar] of steps) {
          const edit = isStart ? startOf(world, rows, pick) : stopOf(rows, pick);
          if (!edit) continue;
          rows = apply(world, rows, [edit]);
          // A year switch between edits keeps the caches; the figures must still be a fresh count.
          warm.setPopulation(world.popByYear[jaar]);
          for (const selection of selections(world)) {
            const fresh = metricsFor(world, jaar);
            expect(figures(warm.evaluate(rows, selection, world.layers))).toEqual(
              figures(fresh.evaluate(rows, selection, world.layers)),
            );
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
