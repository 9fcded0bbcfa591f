import { describe, expect, it } from 'vitest';
import type { OfferRow } from '../offer/types.ts';
import { referenceField } from '../reach/reference-field.fixture.ts';
import { customLayer, regionContext } from './regions.ts';
import { ScenarioMetrics } from './scenario-metrics.ts';

// Five cells in a line, 10 minutes apart; gemeente 0 = cells 0–1 (krimp), 1 = cells 2–4.
const edges: [number, number][][] = [
  [[1, 10]],
  [
    [0, 10],
    [2, 10],
  ],
  [
    [1, 10],
    [3, 10],
  ],
  [
    [2, 10],
    [4, 10],
  ],
  [[3, 10]],
];
const graph = { cellCount: 5, edges };
const calls: number[][] = [];
const fieldFn = (s: Int32Array, cutoff: number) => {
  calls.push([...s]);
  return referenceField(graph, s, cutoff);
};
const regions = regionContext(
  { count: 5, pop: Float32Array.of(10, 10, 10, 10, 10), gemeente: Uint16Array.of(0, 0, 1, 1, 1) },
  2,
  Uint8Array.of(1, 0),
);
const locations = [
  { brinvest: '00AA00', brin: '00AA', cell: 0, gemeente: 0 },
  { brinvest: '00BB00', brin: '00BB', cell: 4, gemeente: 1 },
  { brinvest: '00CC00', brin: '00CC', cell: -1, gemeente: -1 },
];
const row = (crebo: string, vestiging: string, niveau: 2 | 4 = 2): OfferRow => ({
  crebo,
  vestiging,
  leerweg: null,
  niveau,
});
const base = [
  row('20001', '00AA00'),
  row('20002', '00AA00'),
  row('20001', '00BB00'),
  row('40001', '00BB00', 4),
  row('20002', '00CC00'),
];

describe('ScenarioMetrics', () => {
  const metrics = new ScenarioMetrics({ regions, locations, fieldFn, limits: { 1: 10, 2: 10, 3: 10, 4: 20 } });

  it('computes coverage of a niveau, a crebo and a domain', () => {
    const all = metrics.coverage(base, { niveau: 2 });
    expect([...all.field]).toEqual([0, 10, 65535, 10, 0]); // the field stops at the limit
    expect(all.figures.coverage).toEqual({ count: 40, share: 0.8 });
    expect(all.figures.krimp).toEqual({ count: 20, share: 1 });
    expect(all.unplaced).toBe(1);
    expect(metrics.coverage(base, { niveau: 2, crebos: new Set(['20002']) }).figures.coverage.count).toBe(20);
    expect(metrics.coverage(base, { niveau: 4 }).figures.coverage.count).toBe(30);
  });

  it('computes population-weighted choice breadth per region', () => {
    const e = metrics.evaluate(base, { niveau: 2 }, [customLayer('oost', [1], 2)]);
    // Per cell: 2, 2, 0, 1, 1 qualifications within 10 minutes.
    expect(e.breadth.mean).toBeCloseTo(6 / 5);
    expect([...e.regions[0].breadthMean]).toEqual([2 / 3]);
    expect([...e.regions[0].coverage.reached]).toEqual([20]);
  });

  it('after a stop edit recomputes only the fields whose source sets changed', () => {
    metrics.evaluate(base, { niveau: 2 }, []);
    calls.length = 0;
    // 20002 stops at 00AA00: its set becomes empty (no search); the niveau-2 union stays
    // {0, 4} because 20001 is still at 00AA00, so nothing is searched at all.
    const edited = base.filter((r) => !(r.crebo === '20002' && r.vestiging === '00AA00'));
    const e = metrics.evaluate(edited, { niveau: 2 }, []);
    expect(calls).toEqual([]);
    expect(e.breadth.mean).toBeCloseTo(4 / 5);
    // Starting 20002 at 00BB00 needs one search, for its new set {4}.
    metrics.evaluate([...edited, row('20002', '00BB00')], { niveau: 2 }, []);
    expect(calls).toEqual([[4]]);
  });

  it('uses an edited niveau limit', () => {
    const m = new ScenarioMetrics({ regions, locations, fieldFn, limits: { 1: 10, 2: 10, 3: 10, 4: 20 } });
    m.setLimit(2, 20);
    expect(m.limit(2)).toBe(20);
    expect(m.coverage(base, { niveau: 2 }).figures.coverage.count).toBe(50);
  });

  it('counts in another population year with the cached fields, as a fresh instance of that year does', () => {
    const later = Float32Array.of(0, 5, 10, 20, 40);
    const m = new ScenarioMetrics({ regions, locations, fieldFn, limits: { 1: 10, 2: 10, 3: 10, 4: 20 } });
    const counted = m.evaluate(base, { niveau: 2 }, [customLayer('oost', [1], 2)]);
    calls.length = 0;
    m.setPopulation(later);
    const e = m.evaluate(base, { niveau: 2 }, [customLayer('oost', [1], 2)]);
    expect(calls).toEqual([]); // no new search: fields do not depend on the population
    const fresh = new ScenarioMetrics({
      regions: regionContext({ count: 5, pop: later, gemeente: regions.cellBucket }, 2, Uint8Array.of(1, 0)),
      locations,
      fieldFn,
      limits: { 1: 10, 2: 10, 3: 10, 4: 20 },
    });
    expect(e).toEqual(fresh.evaluate(base, { niveau: 2 }, [customLayer('oost', [1], 2)]));
    expect(e.coverage.figures.coverage).toEqual({ count: 65, share: 65 / 75 });
    expect(e.coverage.figures.krimp).toEqual({ count: 5, share: 1 });
    // Back to 2021: every figure as before the switch.
    m.setPopulation(regions.pop);
    expect(m.evaluate(base, { niveau: 2 }, [customLayer('oost', [1], 2)])).toEqual(counted);
  });

  it('refuses a location outside the grid', () => {
    expect(
      () =>
        new ScenarioMetrics({
          regions,
          locations: [{ brinvest: '00AA00', brin: '00AA', cell: 9, gemeente: 0 }],
          fieldFn,
          limits: { 1: 1, 2: 1, 3: 1, 4: 1 },
        }),
    ).toThrow(/cell 9/);
  });
});
