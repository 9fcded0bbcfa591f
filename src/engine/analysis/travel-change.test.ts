import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customLayer, regionContext } from '../metrics/regions.ts';
import { ScenarioMetrics } from '../metrics/scenario-metrics.ts';
import { catalogueOf, worldArb } from '../metrics/synthetic-world.fixture.ts';
import { minFields } from '../reach/field-cache.ts';
import { applyEdits } from '../scenario/apply.ts';
import { type Edit, formatEditProblem } from '../scenario/edits.ts';
import { createTwoNearestSearch } from '../travel/two-nearest.ts';
import { creboProgrammeLocations } from './programme-locations.ts';
import { meanChangeByRegion, travelTimeChange } from './travel-change.ts';
import { powersOfTwo, travelGraph } from './world-analysis.fixture.ts';

describe('travelTimeChange', () => {
  const context = regionContext(
    { count: 4, pop: Float32Array.of(1, 2, 4, 8), gemeente: Uint16Array.of(0, 0, 1, 1) },
    2,
    Uint8Array.of(0, 0),
  );

  it('counts added and saved minutes of people who keep access, and leaves gained and lost access out', () => {
    const change = travelTimeChange(Uint16Array.of(10, 20, 30, 65535), Uint16Array.of(15, 12, 65535, 5), 30, context);
    expect([...change.minutes]).toEqual([5, -8, 0, 0]);
    expect(change).toMatchObject({ addedPeople: 1, addedPersonMinutes: 5, savedPeople: 2, savedPersonMinutes: 16 });
    expect([...change.addedHistogram]).toEqual([0, 0, 0, 0, 0, 1]);
    expect(change.meanChange).toBe((5 - 16) / 3);
    expect([...meanChangeByRegion(change, customLayer('x', [0, 1], 2))]).toEqual([(5 - 16) / 3]);
    expect([...meanChangeByRegion(change, customLayer('x', [1], 2))]).toEqual([0]);
  });

  it('is antisymmetric: swapping before and after negates every change', () => {
    const a = Uint16Array.of(10, 20, 30, 65535);
    const b = Uint16Array.of(15, 12, 65535, 5);
    const there = travelTimeChange(a, b, 30, context);
    const back = travelTimeChange(b, a, 30, context);
    expect([...back.minutes]).toEqual([...there.minutes].map((m) => -m || 0));
    expect(back.meanChange).toBe(-there.meanChange);
    expect([back.addedPersonMinutes, back.savedPersonMinutes]).toEqual([
      there.savedPersonMinutes,
      there.addedPersonMinutes,
    ]);
  });

  it('follows the min-of-fields identity: a start only saves minutes, exactly min(before, new field) − before', () => {
    fc.assert(
      fc.property(worldArb, fc.nat(), (world, pick) => {
        const regions = powersOfTwo(world.regions);
        const metrics = new ScenarioMetrics({
          regions,
          locations: world.locations,
          fieldFn: world.fieldFn,
          limits: world.limits,
        });
        const placed = world.locations.filter((l) => l.cell >= 0);
        const { crebo, niveau } = world.crebos[pick % world.crebos.length];
        const free = placed.filter((l) => !world.rows.some((r) => r.crebo === crebo && r.vestiging === l.brinvest));
        if (free.length === 0) return;
        const target = free[pick % free.length];
        const started = applyEdits(
          world.rows,
          [{ op: 'start', crebo, vestiging: target.brinvest }],
          catalogueOf(world),
        );
        if ('error' in started) throw new Error(formatEditProblem(started.error));
        const selection = { niveau, crebos: new Set([crebo]) };
        const limit = world.limits[niveau];
        const before = metrics.coverage(world.rows, selection).field;
        const after = metrics.coverage(started.rows, selection).field;
        const viaIdentity = minFields(before, world.fieldFn(Int32Array.of(target.cell), limit));
        expect([...after]).toEqual([...viaIdentity]);
        const change = travelTimeChange(before, after, limit, regions);
        expect(change.addedPeople).toBe(0);
        let saved = 0;
        for (let c = 0; c < regions.cellCount; c++)
          if (before[c] <= limit) saved += regions.pop[c] * (before[c] - viaIdentity[c]);
        expect(change.savedPersonMinutes).toBe(saved);
      }),
      { numRuns: 150 },
    );
  });

  it('of a stop equals the extra minutes the early warning predicts for that programme-location', () => {
    fc.assert(
      fc.property(worldArb, fc.nat(), (world, pick) => {
        if (world.rows.length === 0) return;
        const regions = powersOfTwo(world.regions);
        const row = world.rows[pick % world.rows.length];
        const limit = world.limits[row.niveau];
        const metrics = new ScenarioMetrics({
          regions,
          locations: world.locations,
          fieldFn: world.fieldFn,
          limits: world.limits,
        });
        const stop: Edit = { op: 'stop', crebo: row.crebo, vestiging: row.vestiging };
        const stopped = applyEdits(world.rows, [stop], catalogueOf(world));
        if ('error' in stopped) throw new Error(formatEditProblem(stopped.error));
        const selection = { niveau: row.niveau, crebos: new Set([row.crebo]) };
        const change = travelTimeChange(
          metrics.coverage(world.rows, selection).field,
          metrics.coverage(stopped.rows, selection).field,
          limit,
          regions,
        );
        const vestigingen = [...new Set(world.rows.filter((r) => r.crebo === row.crebo).map((r) => r.vestiging))];
        const cellOf = (v: string) => world.locations.find((l) => l.brinvest === v)?.cell ?? -1;
        const predicted = creboProgrammeLocations(
          createTwoNearestSearch(travelGraph(world.graph)),
          row.crebo,
          row.niveau,
          vestigingen,
          cellOf,
          limit,
          regions,
        ).find((l) => l.vestiging === row.vestiging);
        expect(change.savedPeople).toBe(0);
        expect(change.addedPeople).toBe(predicted?.extraPeople);
        expect([...change.addedHistogram]).toEqual([...(predicted?.extraHistogram ?? [])]);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses fields of the wrong size', () => {
    expect(() => travelTimeChange(new Uint16Array(3), new Uint16Array(4), 30, context)).toThrow(/3 and 4 cells/);
  });
});
