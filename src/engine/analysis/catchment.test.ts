import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../graph/builder.ts';
import { MODE_CYCLE } from '../graph/modes.ts';
import { regionContext } from '../metrics/regions.ts';
import { ScenarioMetrics } from '../metrics/scenario-metrics.ts';
import { catalogueOf, selections, type World, worldArb } from '../metrics/synthetic-world.fixture.ts';
import type { OfferRow } from '../offer/types.ts';
import { applyEdits } from '../scenario/apply.ts';
import type { Edit } from '../scenario/edits.ts';
import { createNearestSourceSearch } from '../travel/nearest-source.ts';
import {
  type CatchmentInputs,
  type CatchmentPlace,
  computeCatchment,
  UNKNOWN_INSTITUTION,
  UNSERVED,
} from './catchment.ts';
import { compareCatchments } from './catchment-change.ts';

/**
 * The catchment's defining invariant, on random worlds: every young person the coverage metric
 * counts is served by exactly one institution, so the catchment changes over all institutions
 * add up to the coverage change EXACTLY. Coverage comes from ScenarioMetrics on the reference
 * Dijkstra; catchments from the production nearest-source search, so two independent ways meet.
 *
 * Populations are drawn as multiples of 1/8 (the real grid is likewise dyadic: every value is a
 * Float32 ≥ 2⁻⁵ and the total is below 2²², so every partial sum is exact in a double). Sums in
 * any order are then exact, and `toBe` tests the assignment, not floating-point luck.
 */

function inputsOf(world: World, pop: Float32Array): CatchmentInputs {
  const builder = new GraphBuilder(world.graph.cellCount);
  for (const [from, out] of world.graph.edges.entries()) {
    for (const [to, minutes] of out) builder.addEdge(from, to, minutes, MODE_CYCLE);
  }
  const search = createNearestSourceSearch(builder.build());
  const places = new Map<string, CatchmentPlace>(world.locations.map((l) => [l.brinvest, l]));
  return { places, pop, nearest: (s, l, c) => search.computeNearest(s, l, c) };
}

/** The world with its population rounded to eighths (see above). */
function dyadic(world: World): World {
  const r = world.regions;
  const pop = Float32Array.from(r.pop, (p) => Math.round(p * 8) / 8);
  const gemeente = Uint16Array.from(r.cellBucket, (b) => (b === r.gemeenteCount ? 65535 : b));
  return { ...world, regions: regionContext({ count: r.cellCount, pop, gemeente }, r.gemeenteCount, r.krimp) };
}

/** A random valid edit of `rows`: a stop, a start or an uitruil, chosen by `kind` and `pick`. */
function editOf(world: World, rows: readonly OfferRow[], kind: number, pick: number): Edit | null {
  const offered = new Set(rows.map((r) => `${r.crebo}|${r.vestiging}`));
  if (kind === 0 && rows.length > 0) {
    const row = rows[pick % rows.length];
    return { op: 'stop', crebo: row.crebo, vestiging: row.vestiging };
  }
  const free = world.crebos.flatMap(({ crebo }) =>
    world.locations
      .filter((l) => !offered.has(`${crebo}|${l.brinvest}`))
      .map((l) => ({ crebo, vestiging: l.brinvest })),
  );
  if (free.length === 0) return null;
  const target = free[pick % free.length];
  if (kind === 1 || rows.length === 0) return { op: 'start', ...target };
  const from = rows.find((r) => r.crebo === target.crebo);
  return from
    ? { op: 'uitruil', crebo: target.crebo, van: from.vestiging, naar: target.vestiging }
    : { op: 'start', ...target };
}

function applyAll(world: World, picks: [number, number][]): OfferRow[] {
  let rows = world.rows;
  for (const [kind, pick] of picks) {
    const edit = editOf(world, rows, kind, pick);
    if (!edit) continue;
    const result = applyEdits(rows, [edit], catalogueOf(world));
    if ('error' in result) throw new Error(JSON.stringify(result.error));
    rows = result.rows;
  }
  return rows;
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

describe('catchment per institution (random worlds)', () => {
  it('adds up to coverage, and its changes over all institutions to the coverage change, exactly', () => {
    const picks = fc.array(fc.tuple(fc.nat(2), fc.nat(1000)), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(worldArb.map(dyadic), picks, (world, editPicks) => {
        const after = applyAll(world, editPicks);
        const metrics = new ScenarioMetrics({
          regions: world.regions,
          locations: world.locations,
          fieldFn: world.fieldFn,
          limits: world.limits,
        });
        const inputs = inputsOf(world, world.regions.pop);
        for (const selection of selections(world)) {
          const limit = world.limits[selection.niveau];
          const coverageBefore = metrics.coverage(world.rows, selection).figures.coverage.count;
          const coverageAfter = metrics.coverage(after, selection).figures.coverage.count;
          const before = computeCatchment(world.rows, selection, limit, inputs);
          const next = computeCatchment(after, selection, limit, inputs);
          const change = compareCatchments(before, next, world.regions.pop);

          expect(sum(before.byInstitution.values())).toBe(coverageBefore);
          expect(sum(next.byInstitution.values())).toBe(coverageAfter);
          expect(sum(change.institutions.map((i) => i.after - i.before))).toBe(coverageAfter - coverageBefore);
          for (const i of change.institutions) expect(i.after - i.before).toBe(i.gained - i.lost);
          // Out of reach is the only other holder: what it gives minus what it takes is the coverage change.
          const fromNobody = sum(change.flows.filter((f) => f.from === null).map((f) => f.count));
          const toNobody = sum(change.flows.filter((f) => f.to === null).map((f) => f.count));
          expect(fromNobody - toNobody).toBe(coverageAfter - coverageBefore);
          expect(sum(change.locations.map((l) => l.before))).toBe(coverageBefore);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('serves each cell from its nearest offering location, the lower vestiging code on a tie', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const inputs = inputsOf(world, world.regions.pop);
        for (const selection of selections(world)) {
          const limit = world.limits[selection.niveau];
          const catchment = computeCatchment(world.rows, selection, limit, inputs);
          const union = world.fieldFn(
            Int32Array.from(new Set(catchment.vestigingen.map((v) => inputs.places.get(v)!.cell))),
            limit,
          );
          catchment.servedBy.forEach((served, c) => {
            expect(served === UNSERVED).toBe(union[c] > limit);
            if (served === UNSERVED) return;
            // Brute force: the first location (in code order) at the smallest distance.
            const minutes = catchment.vestigingen.map(
              (v) => world.fieldFn(Int32Array.of(inputs.places.get(v)!.cell), 1000)[c],
            );
            expect(minutes[served]).toBe(union[c]);
            expect(served).toBe(minutes.indexOf(Math.min(...minutes)));
          });
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('computeCatchment', () => {
  // Cells 0 — 1 — 2 in a line, 10 minutes per step both ways.
  function line(places: (CatchmentPlace & { brinvest: string })[], pop = [100, 20, 3]): CatchmentInputs {
    const builder = new GraphBuilder(3);
    for (const [a, b] of [
      [0, 1],
      [1, 2],
    ]) {
      builder.addEdge(a, b, 10, MODE_CYCLE);
      builder.addEdge(b, a, 10, MODE_CYCLE);
    }
    const search = createNearestSourceSearch(builder.build());
    return {
      places: new Map(places.map((p) => [p.brinvest, p])),
      pop: Float32Array.from(pop),
      nearest: (s, l, c) => search.computeNearest(s, l, c),
    };
  }
  const row = (crebo: string, vestiging: string): OfferRow => ({ crebo, vestiging, leerweg: null, niveau: 2 });

  it('gives a cell halfway between two schools to the lower vestiging code, whatever the row order', () => {
    const inputs = line([
      { brinvest: '00BB00', brin: '00BB', cell: 0 },
      { brinvest: '00AA00', brin: '00AA', cell: 2 },
    ]);
    for (const rows of [
      [row('20001', '00BB00'), row('20001', '00AA00')],
      [row('20001', '00AA00'), row('20001', '00BB00')],
    ]) {
      const c = computeCatchment(rows, { niveau: 2 }, 45, inputs);
      expect(c.vestigingen).toEqual(['00AA00', '00BB00']);
      expect([...c.servedBy]).toEqual([1, 0, 0]);
      expect(Object.fromEntries(c.byInstitution)).toEqual({ '00AA': 23, '00BB': 100 });
    }
  });

  it('serves nobody beyond the limit, skips places without a cell and keys unknown institutions', () => {
    const inputs = line([
      { brinvest: 'PC4-1234', brin: null, cell: 0 },
      { brinvest: '00CC00', brin: '00CC', cell: -1 },
    ]);
    const c = computeCatchment(
      [row('20001', 'PC4-1234'), row('20001', '00CC00'), row('20002', '00CC00')],
      { niveau: 2 },
      10,
      inputs,
    );
    expect(c.vestigingen).toEqual(['PC4-1234']);
    expect([...c.servedBy]).toEqual([0, 0, UNSERVED]);
    expect(Object.fromEntries(c.byInstitution)).toEqual({ [UNKNOWN_INSTITUTION]: 120 });
  });

  it('narrows to the selection: another niveau or crebo serves no one', () => {
    const inputs = line([{ brinvest: '00AA00', brin: '00AA', cell: 1 }]);
    const rows = [row('20001', '00AA00')];
    expect(computeCatchment(rows, { niveau: 4 }, 45, inputs).byInstitution.size).toBe(0);
    expect(computeCatchment(rows, { niveau: 2, crebos: new Set(['20002']) }, 45, inputs).byInstitution.size).toBe(0);
    expect(
      computeCatchment(rows, { niveau: 2, crebos: new Set(['20001']) }, 45, inputs).byInstitution.get('00AA'),
    ).toBe(123);
  });
});

describe('compareCatchments', () => {
  it('a start next to another school takes its catchment; flows say from whom', () => {
    const builder = new GraphBuilder(3);
    for (const [a, b] of [
      [0, 1],
      [1, 2],
    ]) {
      builder.addEdge(a, b, 10, MODE_CYCLE);
      builder.addEdge(b, a, 10, MODE_CYCLE);
    }
    const search = createNearestSourceSearch(builder.build());
    const places = new Map<string, CatchmentPlace>([
      ['00AA00', { brin: '00AA', cell: 0 }],
      ['00BB00', { brin: '00BB', cell: 1 }],
    ]);
    const pop = Float32Array.of(100, 20, 3);
    const inputs: CatchmentInputs = { places, pop, nearest: (s, l, c) => search.computeNearest(s, l, c) };
    const before = computeCatchment(
      [{ crebo: '20001', vestiging: '00AA00', leerweg: null, niveau: 2 }],
      { niveau: 2 },
      15,
      inputs,
    );
    const after = computeCatchment(
      [
        { crebo: '20001', vestiging: '00AA00', leerweg: null, niveau: 2 },
        { crebo: '20001', vestiging: '00BB00', leerweg: null, niveau: 2 },
      ],
      { niveau: 2 },
      15,
      inputs,
    );
    const change = compareCatchments(before, after, pop);
    // 00BB starts in cell 1: it takes cell 1 from 00AA and reaches cell 2, which nobody served.
    expect(change.institutions).toEqual([
      { brin: '00AA', before: 120, after: 100, gained: 0, lost: 20 },
      { brin: '00BB', before: 0, after: 23, gained: 23, lost: 0 },
    ]);
    expect(change.flows).toEqual([
      { from: '00AA', to: '00BB', count: 20 },
      { from: null, to: '00BB', count: 3 },
    ]);
    expect([...change.changed]).toEqual([0, 1, 1]);
    expect(change.locations.map((l) => [l.vestiging, l.before, l.after])).toEqual([
      ['00AA00', 120, 100],
      ['00BB00', 0, 23],
    ]);
  });
});
