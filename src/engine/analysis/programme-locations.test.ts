import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageByRegion } from '../metrics/coverage.ts';
import { type RegionContext, regionContext } from '../metrics/regions.ts';
import { ScenarioMetrics } from '../metrics/scenario-metrics.ts';
import { catalogueOf, type World, worldArb } from '../metrics/synthetic-world.fixture.ts';
import type { Niveau, OfferRow } from '../offer/types.ts';
import type { SmallGraph } from '../reach/reference-field.fixture.ts';
import { applyEdits } from '../scenario/apply.ts';
import { formatEditProblem } from '../scenario/edits.ts';
import { createTwoNearestSearch } from '../travel/two-nearest.ts';
import { type ProgrammeLocation, programmeLocations, soleReachByRegion } from './programme-locations.ts';
import { powersOfTwo, travelGraph } from './world-analysis.fixture.ts';

/**
 * The early-warning figures against the scenario engine: the sole reach of a programme-location
 * is the coverage loss of really stopping it, and its extra minutes are the difference of the
 * crebo's travel fields after and before the stop. The scenario side runs on the independent
 * reference Dijkstra; the early-warning side on one two-label search per crebo.
 */

/** Every BOL row also offered as BBL at the same vestiging: a stop (no leerweg) ends both. */
function withSecondLeerweg(rows: readonly OfferRow[]): OfferRow[] {
  return rows.flatMap((r) => (r.leerweg === 'BOL' ? [r, { ...r, leerweg: 'BBL' as const }] : [r]));
}

function check(world: World, regions: RegionContext, same: (actual: number, expected: number) => void): void {
  const rows = withSecondLeerweg(world.rows);
  const metrics = new ScenarioMetrics({
    regions,
    locations: world.locations,
    fieldFn: world.fieldFn,
    limits: world.limits,
  });
  const search = createTwoNearestSearch(travelGraph(world.graph));
  const cellOf = (v: string) => world.locations.find((l) => l.brinvest === v)?.cell ?? -1;
  const niveaus = [...new Set(rows.map((r) => r.niveau))] as Niveau[];
  for (const niveau of niveaus) {
    const limit = world.limits[niveau];
    const table = programmeLocations(search, rows, niveau, cellOf, limit, regions);
    const pairs = new Set(rows.filter((r) => r.niveau === niveau).map((r) => `${r.crebo}|${r.vestiging}`));
    expect(new Set(table.map((l) => `${l.crebo}|${l.vestiging}`))).toEqual(pairs);
    for (const location of table) checkStop(world, rows, metrics, regions, limit, location, same);
  }
}

function checkStop(
  world: World,
  rows: readonly OfferRow[],
  metrics: ScenarioMetrics,
  regions: RegionContext,
  limit: number,
  location: ProgrammeLocation,
  same: (actual: number, expected: number) => void,
): void {
  const selection = { niveau: location.niveau, crebos: new Set([location.crebo]) };
  const stopped = applyEdits(
    rows,
    [{ op: 'stop', crebo: location.crebo, vestiging: location.vestiging }],
    catalogueOf(world),
  );
  if ('error' in stopped) throw new Error(formatEditProblem(stopped.error));
  const before = metrics.coverage(rows, selection);
  const after = metrics.coverage(stopped.rows, selection);

  same(location.sole, before.figures.coverage.count - after.figures.coverage.count);
  same(location.soleKrimp, before.figures.krimp.count - after.figures.krimp.count);
  same(location.soleAnticipeer, before.figures.anticipeer.count - after.figures.anticipeer.count);
  for (const layer of world.layers) {
    const lost = coverageByRegion(before.reached, regions, layer).reached.map(
      (count, r) => count - coverageByRegion(after.reached, regions, layer).reached[r],
    );
    soleReachByRegion(location, layer).forEach((count, r) => {
      same(count, lost[r]);
    });
  }

  // Extra minutes: the cells whose minutes rise and stay within the limit.
  const histogram: number[] = [];
  let people = 0;
  let weighted = 0;
  for (let c = 0; c < regions.cellCount; c++) {
    const added = after.field[c] - before.field[c];
    // A cell nobody lives in adds nothing to the distribution (the engine's histogram ends at its last person).
    if (added <= 0 || after.field[c] > limit || regions.pop[c] === 0) continue;
    histogram[added] = (histogram[added] ?? 0) + regions.pop[c];
    people += regions.pop[c];
    weighted += regions.pop[c] * added;
  }
  same(location.extraPeople, people);
  if (people === 0) expect(location.extraMeanMinutes).toBeNull();
  else same(location.extraMeanMinutes as number, weighted / people);
  expect(location.extraHistogram.length).toBe(histogram.length);
  location.extraHistogram.forEach((p, m) => {
    same(p, histogram[m] ?? 0);
  });
}

describe('programme-locations: sole reach and extra minutes', () => {
  it('equal, exactly, the coverage loss and the field difference of really stopping each programme-location', () => {
    fc.assert(
      fc.property(worldArb, (world) => check(world, powersOfTwo(world.regions), (a, e) => expect(a).toBe(e))),
      { numRuns: 150 },
    );
  });

  it('agree with the scenario engine on random populations up to floating-point summation order', () => {
    fc.assert(
      fc.property(worldArb, (world) => check(world, world.regions, (a, e) => expect(a).toBeCloseTo(e, 6))),
      { numRuns: 60 },
    );
  });

  it('gives neither of two vestigingen in one cell any sole reach or extra minutes', () => {
    // Cells 0 – 1 – 2 in a line, 10 minutes apart; A and B both in cell 0, C in cell 2.
    const graph: SmallGraph = {
      cellCount: 3,
      edges: [
        [[1, 10]],
        [
          [0, 10],
          [2, 10],
        ],
        [[1, 10]],
      ],
    };
    const regions = regionContext(
      { count: 3, pop: Float32Array.of(1, 2, 4), gemeente: Uint16Array.of(0, 0, 0) },
      1,
      Uint8Array.of(1),
    );
    const cells: Record<string, number> = { '00AA00': 0, '00BB00': 0, '00CC00': 2, '00DD00': -1 };
    const rows: OfferRow[] = ['00AA00', '00BB00', '00CC00', '00DD00'].map((vestiging) => ({
      crebo: '25180',
      vestiging,
      leerweg: null,
      niveau: 2,
    }));
    const table = programmeLocations(createTwoNearestSearch(travelGraph(graph)), rows, 2, (v) => cells[v], 15, regions);
    const byId = Object.fromEntries(table.map((l) => [l.vestiging, l]));
    expect([byId['00AA00'].sole, byId['00BB00'].sole, byId['00CC00'].sole]).toEqual([0, 0, 4]);
    expect(byId['00CC00'].soleKrimp).toBe(4);
    expect(byId['00AA00'].extraPeople).toBe(0);
    // Without C, cell 2 (4 people) is 20 minutes from A/B: beyond 15, so no extra minutes either.
    expect(byId['00CC00'].extraPeople).toBe(0);
    expect(byId['00DD00']).toMatchObject({ placed: false, sole: 0, extraMeanMinutes: null });
  });
});
