import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueOf, worldArb } from '../metrics/synthetic-world.fixture.ts';
import { applyEdits } from '../scenario/apply.ts';
import { formatEditProblem } from '../scenario/edits.ts';
import { creboCoverage, placementOf } from './placement-world.fixture.ts';

/**
 * The gain of a best place equals the coverage gain of starting the crebo there through the
 * scenario engine — for every candidate of every crebo of random worlds, in total and in the
 * krimp- and anticipeerregio's.
 */
describe('best place to start', () => {
  it("a candidate's gain is the coverage gain of the start edit", () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const { placement, metrics } = placementOf(world);
        for (const crebo of world.crebos) {
          const before = creboCoverage(metrics, world.rows, crebo);
          const ranking = placement.bestPlaces(world.rows, crebo.crebo, crebo.niveau);
          const offered = new Set(world.rows.filter((r) => r.crebo === crebo.crebo).map((r) => r.vestiging));
          // One row per location that does not offer it, and no other.
          expect(ranking.map((r) => r.vestiging).sort()).toEqual(
            world.locations
              .map((l) => l.brinvest)
              .filter((v) => !offered.has(v))
              .sort(),
          );
          for (const { vestiging, gain } of ranking) {
            const started = applyEdits(
              world.rows,
              [{ op: 'start', crebo: crebo.crebo, vestiging }],
              catalogueOf(world),
            );
            if ('error' in started) throw new Error(formatEditProblem(started.error));
            const after = creboCoverage(metrics, started.rows, crebo);
            // Sums of the same cells in another order: equal up to float rounding.
            expect(gain.total).toBeCloseTo(after.figures.coverage.count - before.figures.coverage.count, 6);
            expect(gain.krimp).toBeCloseTo(after.figures.krimp.count - before.figures.krimp.count, 6);
            expect(gain.anticipeer).toBeCloseTo(after.figures.anticipeer.count - before.figures.anticipeer.count, 6);
          }
          for (let i = 1; i < ranking.length; i++)
            expect(ranking[i - 1].gain.total).toBeGreaterThanOrEqual(ranking[i].gain.total);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('restricts the candidates to one institution', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const { placement } = placementOf(world);
        const brin = world.locations[0].brin as string;
        const all = placement.bestPlaces(world.rows, '20001', 2);
        const ours = placement.bestPlaces(world.rows, '20001', 2, brin);
        const brinOf = new Map(world.locations.map((l) => [l.brinvest, l.brin]));
        expect(ours).toEqual(all.filter((r) => brinOf.get(r.vestiging) === brin));
      }),
      { numRuns: 30 },
    );
  });

  it('orders equal gains by vestiging code', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const ranking = placementOf(world).placement.bestPlaces(world.rows, '40001', 4);
        for (let i = 1; i < ranking.length; i++) {
          const [a, b] = [ranking[i - 1], ranking[i]];
          if (a.gain.total === b.gain.total) expect(a.vestiging < b.vestiging).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });
});
