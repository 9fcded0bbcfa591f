import { beforeEach, describe, expect, it } from 'vitest';
import type { Location, Qualification } from '../data/geodata/types.ts';
import { Offer } from '../engine/offer/offer.ts';
import type { OfferRow } from '../engine/offer/types.ts';
import type { MetricsService } from './scenario-metrics/client.ts';
import { ScenarioEvaluator, type MetricsDataset } from './scenario-metrics/evaluate.ts';
import { compactEvaluation, SectorMetricsRunner, sectorEntryKey, useSectorMetricsStore } from './sector-effects.ts';
import { lineField as createLineField } from './scenario-metrics/line-field.fixture.ts';

// A line of 10 cells, 10 minutes apart; cells 0–4 in gemeente 0, 5–9 in gemeente 1 (another provincie).
const CELLS = 10;
const lineField = createLineField(CELLS);
const gemeente = (code: string, provincie: string) => ({ code, naam: code, provincie, amr: 'AM01', amrNaam: 'AMR', rmc: 'RM01', rmcNaam: 'RMC', krimp: null });
const POP = new Float32Array(CELLS).fill(10);
const dataset: MetricsDataset = {
  grid: { count: CELLS, pop: POP, gemeente: Uint16Array.from({ length: CELLS }, (_, c) => (c < 5 ? 0 : 1)), popByYear: { 2021: POP, 2026: POP, 2031: POP } },
  gemeenten: [gemeente('GM0001', 'Groningen'), gemeente('GM0002', 'Drenthe')],
  locations: [
    { brinvest: 'AA00', brin: 'AA', cell: 1, gemeente: 0 },
    { brinvest: 'BB00', brin: 'BB', cell: 2, gemeente: 0 },
    { brinvest: 'CC00', brin: 'CC', cell: 8, gemeente: 1 },
  ],
  limits: { 1: 10, 2: 10, 3: 10, 4: 10 },
};
const row = (crebo: string, vestiging: string): OfferRow => ({ crebo, vestiging, leerweg: 'BOL', niveau: 4 });

/** The real evaluator behind the service interface, synchronously. */
function fakeService(): MetricsService & { calls: number } {
  const evaluator = new ScenarioEvaluator(dataset, lineField);
  const service = {
    calls: 0,
    evaluate: async (request: Parameters<MetricsService['evaluate']>[0]) => {
      service.calls++;
      return { result: evaluator.evaluate(request), elapsedMs: 0 };
    },
    dispose: () => {},
  };
  return service;
}

const location = (brinvest: string, brin: string, cell: number) => ({ brinvest, brin, cell }) as Location;
const qualification = (crebo: string) => ({ crebo, naam: crebo, niveau: 4, domein: 'Zorg en welzijn' }) as Qualification;
const makeOffer = (rows: OfferRow[]) =>
  new Offer(rows, {
    qualifications: [qualification('1'), qualification('2')],
    locations: [location('AA00', 'AA', 1), location('BB00', 'BB', 2), location('CC00', 'CC', 8)],
  });

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('compactEvaluation', () => {
  it('keeps coverage, duplication counts per region layer and the covered cells', () => {
    const evaluator = new ScenarioEvaluator(dataset, lineField);
    const rows = [row('1', 'AA00'), row('1', 'BB00'), row('1', 'CC00')];
    const { metrics, covered } = compactEvaluation(
      evaluator.evaluate({ before: rows, after: rows, niveau: 4, crebos: ['1'], customGemeenten: [], limits: dataset.limits, jaar: 2021, extra: [] }),
    );
    // Cells 0–3 and 7–9 are within 10 minutes: 70 of 100.
    expect(metrics.national.reached).toBe(70);
    expect(metrics.national.share).toBeCloseTo(0.7);
    expect(Array.from(covered)).toEqual([1, 1, 1, 1, 0, 0, 0, 1, 1, 1]);
    // AA00 and BB00: two institutions in one gemeente (1) and 10 minutes apart (1) = 2 duplications, both in Groningen.
    expect(metrics.national.duplications).toBe(2);
    expect(Array.from(metrics.layers.provincie!.duplications)).toEqual([2, 0]);
    expect(Array.from(metrics.layers.provincie!.share)).toEqual([0.8, 0.6]);
    expect(metrics.layers.custom).toBeUndefined();
  });
});

describe('SectorMetricsRunner', () => {
  beforeEach(() => useSectorMetricsStore.setState({ entries: {}, done: 0, total: 0, error: null }));

  it('computes each crebo once, and again only when the offer or the limit changes', async () => {
    const service = fakeService();
    const runner = new SectorMetricsRunner(service);
    const offer = makeOffer([row('1', 'AA00'), row('2', 'CC00')]);
    const crebos = [{ crebo: '1', niveau: 4 as const }, { crebo: '2', niveau: 4 as const }];
    runner.request({ offer, crebos, limits: dataset.limits, jaar: 2021 });
    await settle();
    let state = useSectorMetricsStore.getState();
    expect([state.done, state.total, service.calls]).toEqual([2, 2, 2]);
    expect(state.entries['2'].metrics.national.reached).toBe(30);
    expect(state.entries['2'].key).toBe(sectorEntryKey(offer, 10, 2021));

    runner.request({ offer, crebos, limits: dataset.limits, jaar: 2021 });
    await settle();
    expect(service.calls).toBe(2);

    runner.request({ offer, crebos, limits: { ...dataset.limits, 4: 20 }, jaar: 2021 });
    // Until recomputed the old entries stay, with a key that no longer matches (shown as stale).
    expect(useSectorMetricsStore.getState().entries['1'].key).not.toBe(sectorEntryKey(offer, 20, 2021));
    await settle();
    state = useSectorMetricsStore.getState();
    expect(service.calls).toBe(4);
    expect(state.entries['2'].metrics.national.reached).toBe(40); // cells 6–9

    // Another population year is another set of figures.
    runner.request({ offer, crebos, limits: { ...dataset.limits, 4: 20 }, jaar: 2031 });
    await settle();
    expect(service.calls).toBe(6);
    expect(useSectorMetricsStore.getState().entries['2'].key).toBe(sectorEntryKey(offer, 20, 2031));
  });

  it('reports a failure with the crebo it happened on', async () => {
    const runner = new SectorMetricsRunner({ evaluate: () => Promise.reject(new Error('boom')), dispose: () => {} });
    runner.request({ offer: makeOffer([row('1', 'AA00')]), crebos: [{ crebo: '1', niveau: 4 }], limits: dataset.limits, jaar: 2021 });
    await settle();
    expect(useSectorMetricsStore.getState().error).toBe('1: boom');
  });
});
