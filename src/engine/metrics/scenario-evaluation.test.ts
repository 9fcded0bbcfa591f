import { describe, expect, it } from 'vitest';
import { travelTimeChange } from '../analysis/travel-change.ts';
import type { OfferRow } from '../offer/types.ts';
import { lineField as createLineField } from '../reach/line-field.fixture.ts';
import { metricsDataset } from './dataset.ts';
import { ACCESS_AFTER, ACCESS_BEFORE, ScenarioEvaluator } from './scenario-evaluation.ts';

// A line of 10 cells, 10 minutes apart; cells 0–4 in gemeente 0 (krimpregio), 5–9 in gemeente 1.
const CELLS = 10;
const lineField = createLineField(CELLS);

const gemeente = (code: string, provincie: string, krimp: boolean) => ({
  code,
  naam: code,
  provincie,
  amr: 'AM01',
  amrNaam: 'AMR',
  rmc: 'RM01',
  rmcNaam: 'RMC',
  krimp: krimp ? { type: 'krimpregio' as const } : null,
});

const POP = new Float32Array(CELLS).fill(10);
// 2031: nobody left in the first two cells.
const POP_BY_YEAR = { 2021: POP, 2026: POP, 2031: Float32Array.from({ length: CELLS }, (_, c) => (c < 2 ? 0 : 5)) };
const dataset = metricsDataset(
  {
    count: CELLS,
    pop: POP,
    gemeente: Uint16Array.from({ length: CELLS }, (_, c) => (c < 5 ? 0 : 1)),
  },
  [gemeente('GM0001', 'Groningen', true), gemeente('GM0002', 'Drenthe', false)],
  [
    { brinvest: '00AA00', brin: '00AA', cell: 1, gemeente: 'GM0001' },
    { brinvest: '00BB00', brin: '00BB', cell: 8, gemeente: 'GM0002' },
  ],
);
const LIMITS = { 1: 10, 2: 10, 3: 10, 4: 10 };

const row = (vestiging: string): OfferRow => ({ crebo: '25180', vestiging, leerweg: 'BOL', niveau: 4 });

describe('ScenarioEvaluator', () => {
  it('counts in the requested population year, and back in 2021 exactly as before', () => {
    const evaluator = new ScenarioEvaluator(dataset, lineField, LIMITS, POP_BY_YEAR);
    const request = {
      before: [row('00AA00'), row('00BB00')],
      after: [row('00BB00')],
      niveau: 4 as const,
      crebos: null,
      customGemeenten: [0],
      limits: LIMITS,
      extra: [],
    };
    const counted = evaluator.evaluate({ ...request, jaar: 2021 });
    const later = evaluator.evaluate({ ...request, jaar: 2031 });
    expect(later.jaar).toBe(2031);
    // 2031: cells 0–1 empty, 5 people elsewhere. Before: cells 2, 7, 8, 9 = 20 of 40.
    expect(later.before.figures.coverage).toEqual({ count: 20, share: 0.5 });
    expect(later.before.figures.krimp).toEqual({ count: 5, share: 5 / 15 });
    expect(Array.from(later.regions.find((r) => r.layer === 'custom')!.population)).toEqual([15]);
    expect(evaluator.evaluate({ ...request, jaar: 2021 })).toEqual(counted);
  });

  it('reports before, after, the access delta and per-region tables for a stop', () => {
    const evaluator = new ScenarioEvaluator(dataset, lineField, LIMITS, POP_BY_YEAR);
    const before = [row('00AA00'), row('00BB00')];
    const after = [row('00BB00')];
    const result = evaluator.evaluate({
      before,
      after,
      niveau: 4,
      crebos: null,
      customGemeenten: [0],
      limits: LIMITS,
      jaar: 2021,
      extra: [],
    });
    // Before: cells 0,1,2 and 7,8,9 within 10 minutes = 60 of 100. After: only 7,8,9.
    expect(result.before.figures.coverage).toEqual({ count: 60, share: 0.6 });
    expect(result.after.figures.coverage).toEqual({ count: 30, share: 0.3 });
    expect(result.before.figures.krimp).toEqual({ count: 30, share: 0.6 });
    expect(result.after.figures.krimp).toEqual({ count: 0, share: 0 });
    expect(result.lostCells).toBe(3);
    expect(result.gainedCells).toBe(0);
    const both = ACCESS_BEFORE | ACCESS_AFTER;
    expect(Array.from(result.access)).toEqual([
      ACCESS_BEFORE,
      ACCESS_BEFORE,
      ACCESS_BEFORE,
      0,
      0,
      0,
      0,
      both,
      both,
      both,
    ]);
    const provincie = result.regions.find((r) => r.layer === 'provincie')!;
    expect(provincie.names).toEqual(['Groningen', 'Drenthe']);
    expect(Array.from(provincie.before.reached)).toEqual([30, 30]);
    expect(Array.from(provincie.after.reached)).toEqual([0, 30]);
    const custom = result.regions.find((r) => r.layer === 'custom')!;
    expect(Array.from(custom.population)).toEqual([50]);
    expect(result.before.breadthMean).toBeCloseTo(0.6);
    expect(result.after.breadthMean).toBeCloseTo(0.3);
  });

  it('adds the minutes of those who keep access and the white spots after, from the same two fields', () => {
    const evaluator = new ScenarioEvaluator(dataset, lineField, LIMITS, POP_BY_YEAR);
    const limits = { ...LIMITS, 4: 40 };
    const result = evaluator.evaluate({
      before: [row('00AA00'), row('00BB00')],
      after: [row('00BB00')],
      niveau: 4,
      crebos: null,
      customGemeenten: [],
      limits,
      jaar: 2021,
      extra: [],
    });
    // Cells 0–3 lose access; cell 4 keeps it, 30 → 40 minutes; cells 5–9 keep BB at the same time.
    expect(Array.from(result.travelChange.minutes)).toEqual([0, 0, 0, 0, 10, 0, 0, 0, 0, 0]);
    expect(result.travelChange).toMatchObject({ addedPeople: 10, addedPersonMinutes: 100, savedPeople: 0 });
    expect(Array.from(result.travelChange.addedHistogram)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10]);
    expect(result.travelChange.meanChange).toBeCloseTo(100 / 60, 12);
    // The engine on the fields directly gives the very same figures.
    expect(result.travelChange).toEqual(
      travelTimeChange(lineField(Int32Array.of(1, 8), 40), lineField(Int32Array.of(8), 40), 40, dataset.regions),
    );
    const gemeente = result.regions.find((r) => r.layer === 'gemeente')!;
    expect(Array.from(gemeente.meanChange)).toEqual([100 / 10, 0]);
    expect(gemeente.whiteSpots).toEqual([
      { region: 0, code: 'GM0001', name: 'GM0001', unreached: 40, population: 50, share: 0.8 },
    ]);
    expect(result.unreachedAfter).toBe(40);
    expect(result.unreachedAfter).toBe(100 - result.after.figures.coverage.count);
  });

  it('counts the minutes added and the white spots in the requested population year', () => {
    const evaluator = new ScenarioEvaluator(dataset, lineField, LIMITS, POP_BY_YEAR);
    const limits = { ...LIMITS, 4: 40 };
    const result = evaluator.evaluate({
      before: [row('00AA00'), row('00BB00')],
      after: [row('00BB00')],
      niveau: 4,
      crebos: null,
      customGemeenten: [],
      limits,
      jaar: 2031,
      extra: [],
    });
    // 2031: cells 0–1 empty, 5 people in each other cell. Cell 4 keeps access, 10 minutes later.
    expect(result.travelChange).toMatchObject({ addedPeople: 5, addedPersonMinutes: 50, savedPeople: 0 });
    const gemeente = result.regions.find((r) => r.layer === 'gemeente')!;
    expect(gemeente.whiteSpots).toEqual([
      { region: 0, code: 'GM0001', name: 'GM0001', unreached: 10, population: 15, share: 10 / 15 },
    ]);
    expect(result.unreachedAfter).toBe(10);
    expect(result.unreachedAfter).toBe(40 - result.after.figures.coverage.count);
  });

  it('summarises extra offers for a comparison', () => {
    const evaluator = new ScenarioEvaluator(dataset, lineField, LIMITS, POP_BY_YEAR);
    const both = [row('00AA00'), row('00BB00')];
    const result = evaluator.evaluate({
      before: both,
      after: both,
      niveau: 4,
      crebos: null,
      customGemeenten: [],
      limits: LIMITS,
      jaar: 2021,
      extra: [[row('00AA00')], []],
    });
    expect(result.extra.map((e) => e.figures.coverage.count)).toEqual([30, 0]);
  });

  it('follows an edited limit', () => {
    const evaluator = new ScenarioEvaluator(dataset, lineField, LIMITS, POP_BY_YEAR);
    const rows = [row('00AA00')];
    const wide = evaluator.evaluate({
      before: rows,
      after: rows,
      niveau: 4,
      crebos: null,
      customGemeenten: [],
      limits: { ...LIMITS, 4: 20 },
      jaar: 2021,
      extra: [],
    });
    expect(wide.before.figures.coverage.count).toBe(40);
    expect(wide.gainedCells + wide.lostCells).toBe(0);
  });

  it('restricts to the chosen crebos', () => {
    const evaluator = new ScenarioEvaluator(dataset, lineField, LIMITS, POP_BY_YEAR);
    const rows = [row('00AA00'), { ...row('00BB00'), crebo: '25181' }];
    const one = evaluator.evaluate({
      before: rows,
      after: rows,
      niveau: 4,
      crebos: ['25181'],
      customGemeenten: [],
      limits: LIMITS,
      jaar: 2021,
      extra: [],
    });
    expect(one.before.figures.coverage.count).toBe(30);
  });
});
