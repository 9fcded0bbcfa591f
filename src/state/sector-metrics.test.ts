import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Location, Qualification } from '../data/geodata/types.ts';
import { lineGraphBytes } from '../engine/graph/line-graph.fixture.ts';
import { metricsDataset } from '../engine/metrics/dataset.ts';
import { ScenarioEvaluator } from '../engine/metrics/scenario-evaluation.ts';
import { Offer } from '../engine/offer/offer.ts';
import type { OfferRow } from '../engine/offer/types.ts';
import { lineField } from '../engine/reach/line-field.fixture.ts';
import { type ActiveOffer, useDatasetStore } from './dataset.ts';
import { useJaarStore } from './jaar.ts';
import { inlineMetricsSession } from './metrics-session.fixture.ts';
import { startComputation } from './pipeline/computation.ts';
import { useSectorStore } from './sector.ts';
import {
  compactEvaluation,
  sectorEntryKey,
  sectorMetricsComputation,
  useSectorMetricsStore,
} from './sector-metrics.ts';
import { resetStateStores } from './stores.fixture.ts';
import { useTravelStore } from './travel.ts';
import { useWeergaveStore } from './weergave.ts';

// A line of 10 cells, 10 minutes apart; cells 0–4 in gemeente 0, 5–9 in gemeente 1 (another provincie).
const CELLS = 10;
const LIMITS = { 1: 10, 2: 10, 3: 10, 4: 10 };
const gemeente = (code: string, provincie: string) => ({
  code,
  naam: code,
  provincie,
  amr: 'AM01',
  amrNaam: 'AMR',
  rmc: 'RM01',
  rmcNaam: 'RMC',
  krimp: null,
});
const POP = new Float32Array(CELLS).fill(10);
const grid = {
  count: CELLS,
  pop: POP,
  gemeente: Uint16Array.from({ length: CELLS }, (_, c) => (c < 5 ? 0 : 1)),
  popByYear: { 2021: POP, 2026: POP, 2031: POP },
};
const gemeenten = [gemeente('GM0001', 'Groningen'), gemeente('GM0002', 'Drenthe')];
const places = [
  { brinvest: 'AA00', brin: 'AA', cell: 1, gemeente: 'GM0001' },
  { brinvest: 'BB00', brin: 'BB', cell: 2, gemeente: 'GM0001' },
  { brinvest: 'CC00', brin: 'CC', cell: 8, gemeente: 'GM0002' },
];
const row = (crebo: string, vestiging: string): OfferRow => ({ crebo, vestiging, leerweg: 'BOL', niveau: 4 });
const qualification = (crebo: string) =>
  ({ crebo, naam: crebo, niveau: 4, leerwegen: ['BOL'], domein: 'Zorg en welzijn' }) as Qualification;
const qualifications = [qualification('25001'), qualification('25002')];

function activeOffer(rows: OfferRow[]): ActiveOffer {
  const offer = new Offer(rows, { qualifications, locations: places as unknown as Location[] });
  return {
    offer,
    modelled: true,
    catalogue: { qualification: () => undefined, hasVestiging: () => true },
    file: null as never,
    qualifications: [],
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('compactEvaluation', () => {
  it('keeps coverage, duplication counts per region layer and the covered cells', () => {
    const evaluator = new ScenarioEvaluator(
      metricsDataset(grid, gemeenten, places),
      lineField(CELLS),
      LIMITS,
      grid.popByYear,
    );
    const rows = [row('1', 'AA00'), row('1', 'BB00'), row('1', 'CC00')];
    const { metrics, covered } = compactEvaluation(
      evaluator.evaluate({
        before: rows,
        after: rows,
        niveau: 4,
        crebos: ['1'],
        customGemeenten: [],
        limits: LIMITS,
        jaar: 2021,
        extra: [],
      }),
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

describe('the sector metrics computation', () => {
  let stop = () => {};
  let session: ReturnType<typeof inlineMetricsSession>;
  beforeEach(() => {
    resetStateStores();
    useTravelStore.getState().applyLimits(LIMITS);
    useWeergaveStore.getState().setWeergave('sector');
    useSectorStore.getState().setChoice({ kind: 'domein', domein: 'Zorg en welzijn' });
    session = inlineMetricsSession({ grid, gemeenten, locations: places, qualifications }, lineGraphBytes(CELLS));
  });
  afterEach(() => stop());

  it('computes each crebo once, and again only when the offer or the limit changes', async () => {
    const active = activeOffer([row('25001', 'AA00'), row('25002', 'CC00')]);
    useDatasetStore.setState({ activeOffer: active });
    stop = startComputation(useSectorMetricsStore, sectorMetricsComputation(session));
    await settle();
    let state = useSectorMetricsStore.getState();
    expect(state.status).toBe('ready');
    expect([state.value!.done, state.value!.total, session.calls]).toEqual([2, 2, 2]);
    expect(state.value!.entries['25002'].metrics.national.reached).toBe(30);
    expect(state.value!.entries['25002'].key).toBe(sectorEntryKey(active.offer, 10, 2021));

    useSectorStore.getState().setRegion('PV20');
    await settle();
    expect(session.calls).toBe(2);

    useTravelStore.getState().setLimit(4, 20);
    await settle();
    state = useSectorMetricsStore.getState();
    expect(session.calls).toBe(4);
    expect(state.value!.entries['25002'].metrics.national.reached).toBe(40); // cells 6–9
    expect(state.value!.entries['25002'].key).toBe(sectorEntryKey(active.offer, 20, 2021));

    // Another population year is another set of figures.
    useJaarStore.getState().setJaar(2031);
    await settle();
    expect(session.calls).toBe(6);
    expect(useSectorMetricsStore.getState().value!.entries['25002'].key).toBe(sectorEntryKey(active.offer, 20, 2031));
    useJaarStore.getState().setJaar(2021);
  });

  it('runs only in the sector view, and reports a failure with the crebo it happened on', async () => {
    useDatasetStore.setState({ activeOffer: activeOffer([row('25001', 'AA00')]) });
    useWeergaveStore.getState().setWeergave('bewerken');
    stop = startComputation(useSectorMetricsStore, sectorMetricsComputation(session));
    await settle();
    expect(session.calls).toBe(0);
    session.fail = new Error('boom');
    useWeergaveStore.getState().setWeergave('sector');
    await settle();
    expect(useSectorMetricsStore.getState()).toMatchObject({ status: 'error', error: '25001: boom' });
  });
});
