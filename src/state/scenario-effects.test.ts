import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Location, Qualification } from '../data/geodata/index.ts';
import { Offer, type OfferRow } from '../engine/offer/index.ts';
import { catalogueFrom } from '../engine/scenario/index.ts';
import { checkAgainst, startScenarioEffects, useScenarioMetricsStore, type ScenarioOffer } from './scenario-effects.ts';
import type { MetricsService } from './scenario-metrics/client.ts';
import { ScenarioEvaluator, type EvaluationRequest } from './scenario-metrics/evaluate.ts';
import { activeScenario, DEFAULT_SCENARIO_VIEW, useScenarioStore } from './scenario.ts';
import { useTravelStore } from './travel.ts';
import { useViewStore } from './view.ts';
import { lineField as createLineField } from './scenario-metrics/line-field.fixture.ts';

// Two locations on a line of 10 cells (see scenario-metrics/evaluate.test.ts for the geometry).
const CELLS = 10;
const lineField = createLineField(CELLS);

const location = (brinvest: string, cell: number): Location => ({
  brinvest, brin: brinvest.slice(0, 4), instelling: brinvest, naam: brinvest, adres: '', postcode: '1234AB', plaats: '',
  lon: 5, lat: 52, hoofdlocatie: true, gemeente: 'GM0001', gemeenteNaam: 'G', amr: null, amrNaam: null, rmc: null,
  rmcNaam: null, provincie: null, krimp: null, cell, onLand: true,
});
const locations = [location('00AA00', 1), location('00BB00', 8)];
const qualifications: Qualification[] = [
  { crebo: '25180', naam: 'Test', niveau: 4, niveauBekend: true, domeinCode: null, domein: 'Zorg en welzijn', dossierCrebo: null,
    dossierNaam: null, leerwegen: ['BOL'], bron: 'kwalificatiestructuur-2015', bronnen: ['kwalificatiestructuur-2015'] },
];
const rows: OfferRow[] = [
  { crebo: '25180', vestiging: '00AA00', leerweg: 'BOL', niveau: 4 },
  { crebo: '25180', vestiging: '00BB00', leerweg: 'BOL', niveau: 4 },
];
const scenarioOffer: ScenarioOffer = {
  offer: new Offer(rows, { locations, qualifications }),
  catalogue: catalogueFrom(qualifications, locations),
  modelled: true,
};

const POP = new Float32Array(CELLS).fill(10);

/** The real evaluator behind a promise, counting how often it was asked. */
function inlineService(): MetricsService & { calls: EvaluationRequest[] } {
  const evaluator = new ScenarioEvaluator(
    {
      grid: { count: CELLS, pop: POP, gemeente: new Uint16Array(CELLS), popByYear: { 2021: POP, 2026: POP, 2031: POP.map((p) => p / 2) } },
      gemeenten: [{ code: 'GM0001', naam: 'G', provincie: 'P', amr: 'A', amrNaam: 'A', rmc: 'R', rmcNaam: 'R', krimp: null }],
      locations: [
        { brinvest: '00AA00', brin: '00AA', cell: 1, gemeente: 0 },
        { brinvest: '00BB00', brin: '00BB', cell: 8, gemeente: 0 },
      ],
      limits: { 1: 10, 2: 10, 3: 10, 4: 10 },
    },
    lineField,
  );
  const calls: EvaluationRequest[] = [];
  return {
    calls,
    evaluate: async (request) => {
      calls.push(request);
      return { result: evaluator.evaluate(request), elapsedMs: 1 };
    },
    dispose: () => {},
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('scenario effects', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    const id = activeScenario(useScenarioStore.getState()).id;
    useScenarioStore.setState({ scenarios: [{ id, name: 'S', edits: [] }], activeId: id, history: {}, compare: null, view: DEFAULT_SCENARIO_VIEW });
    useViewStore.getState().setNiveau(4);
    useTravelStore.getState().applyLimits({ 1: 10, 2: 10, 3: 10, 4: 10 });
    useScenarioMetricsStore.setState({ status: 'idle', result: null, stale: false, problem: null, version: 0 });
  });
  afterEach(() => stop());

  it('computes before/after on start and after an edit, and marks figures stale meanwhile', async () => {
    const service = inlineService();
    stop = startScenarioEffects({
      metrics: service,
      getOffer: () => scenarioOffer,
      subscribeOffer: () => () => {},
      crebosOfDomein: () => ['25180'],
      gemeenteIndex: () => 0,
    });
    await settle();
    expect(useScenarioMetricsStore.getState().status).toBe('ready');
    expect(useScenarioMetricsStore.getState().result?.after.figures.coverage.count).toBe(60);

    useScenarioStore.getState().addEdit({ op: 'stop', crebo: '25180', vestiging: '00AA00' }, checkAgainst(scenarioOffer));
    await Promise.resolve();
    // The request is out; the old figures are still shown, marked stale.
    expect(useScenarioMetricsStore.getState().stale).toBe(true);
    await settle();
    const state = useScenarioMetricsStore.getState();
    expect(state.stale).toBe(false);
    expect(state.result?.after.figures.coverage.count).toBe(30);
    expect(state.result?.lostCells).toBe(3);

    useScenarioStore.getState().undo();
    await settle();
    expect(useScenarioMetricsStore.getState().result?.after.figures.coverage.count).toBe(60);
    expect(service.calls).toHaveLength(3);
  });

  it('does not recompute for a rename, and says why a scenario does not fit the offer', async () => {
    const service = inlineService();
    stop = startScenarioEffects({
      metrics: service,
      getOffer: () => scenarioOffer,
      subscribeOffer: () => () => {},
      crebosOfDomein: () => [],
      gemeenteIndex: () => 0,
    });
    await settle();
    useScenarioStore.getState().rename(useScenarioStore.getState().activeId, 'Nieuw');
    await settle();
    expect(service.calls).toHaveLength(1);

    // A scenario saved against another offer: stopping something this offer lacks.
    const id = useScenarioStore.getState().activeId;
    useScenarioStore.setState({ scenarios: [{ id, name: 'S', edits: [{ op: 'stop', crebo: '25180', vestiging: '00ZZ00' }] }] });
    await settle();
    expect(useScenarioMetricsStore.getState().status).toBe('invalid');
    expect(useScenarioMetricsStore.getState().problem).toMatch(/edit 1 \(field vestiging\)/);
  });

  it('stays idle without a niveau', async () => {
    useViewStore.getState().setNiveau(null);
    const service = inlineService();
    stop = startScenarioEffects({
      metrics: service,
      getOffer: () => scenarioOffer,
      subscribeOffer: () => () => {},
      crebosOfDomein: () => [],
      gemeenteIndex: () => 0,
    });
    await settle();
    expect(useScenarioMetricsStore.getState().status).toBe('idle');
    expect(service.calls).toHaveLength(0);
  });
});
