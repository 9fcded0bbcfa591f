import { describe, expect, it } from 'vitest';
import { accessDelta, coverageByRegion, diffFigures, reachedByBucket, reachFigures } from './coverage.ts';
import { customLayer, regionContext } from './regions.ts';

const context = regionContext(
  { count: 5, pop: Float32Array.of(100, 50, 25, 10, 15), gemeente: Uint16Array.of(0, 0, 1, 2, 65535) },
  3,
  Uint8Array.of(1, 2, 0),
);

describe('coverage', () => {
  const field = Uint16Array.of(10, 45, 46, 65535, 0);

  it('counts the 15–24 year olds within the limit, nationally and in krimp and anticipeer gemeenten', () => {
    const reached = reachedByBucket(field, 45, context);
    expect([...reached]).toEqual([150, 0, 0, 15]);
    expect(reachFigures(reached, context)).toEqual({
      coverage: { count: 165, share: 165 / 200 },
      krimp: { count: 150, share: 1 },
      anticipeer: { count: 0, share: 0 },
    });
  });

  it('gives per-region shares, 0 for a region without population', () => {
    const reached = reachedByBucket(field, 46, context);
    const byRegion = coverageByRegion(reached, context, customLayer('x', [1, 2], 3));
    expect([...byRegion.population]).toEqual([35]);
    expect([...byRegion.share]).toEqual([25 / 35]);
  });

  it('marks gained and lost cells for the delta map', () => {
    expect([...accessDelta(field, Uint16Array.of(50, 45, 30, 65535, 0), 45)]).toEqual([-1, 0, 1, 0, 0]);
  });

  it('differences are after minus before', () => {
    const before = reachFigures(reachedByBucket(field, 45, context), context);
    const after = reachFigures(reachedByBucket(field, 46, context), context);
    expect(diffFigures(before, after).coverage).toEqual({ count: 25, share: 25 / 200 });
  });

  it('refuses a field of the wrong size', () => {
    expect(() => reachedByBucket(new Uint16Array(3), 45, context)).toThrow(/3 cells/);
  });
});
