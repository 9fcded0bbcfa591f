import { afterEach, describe, expect, it } from 'vitest';
import type { Location } from '../data/geodata/index.ts';
import { Offer } from '../engine/offer/offer.ts';
import type { OfferRow } from '../engine/offer/types.ts';
import { catalogueFrom } from '../engine/scenario/index.ts';
import { type ActiveOffer, useDatasetStore } from './dataset.ts';
import { startComputation } from './pipeline/computation.ts';
import { idleResult } from './pipeline/result-store.ts';
import {
  bestPlaceComputation,
  oneProviderComputation,
  useBestPlaceStore,
  useOneProviderStore,
  usePlacementStore,
} from './placement.ts';
import { activeScenario, useScenarioStore } from './scenario.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

const ROWS: OfferRow[] = [{ crebo: '25180', vestiging: 'AAAA00', leerweg: null, niveau: 2 }];

function activeOffer(): ActiveOffer {
  const locations = ['AAAA00', 'BBBB00'].map(
    (brinvest, cell) => ({ brinvest, brin: brinvest.slice(0, 4), cell }) as Location,
  );
  const offer = new Offer(ROWS, { locations, qualifications: [] });
  const catalogue = catalogueFrom([{ crebo: '25180', niveau: 2, leerwegen: [] }], locations);
  return { offer, modelled: true, catalogue, file: null as never, qualifications: [] };
}

/** A placement client that records its calls and answers what the test gives. */
function fakeClient() {
  const calls: { method: string; args: unknown[] }[] = [];
  return {
    calls,
    client: {
      call: async (method: string, args: unknown[]) => {
        calls.push({ method, args });
        if (method === 'bestPlaces') return [{ vestiging: 'BBBB00', gain: { total: 5, krimp: 0, anticipeer: 0 } }];
        return {
          keep: ['AAAA00'],
          alone: [],
          drop: [],
          unplaced: [],
          reachBefore: {},
          reachAfter: {},
          optimal: true,
          bound: 1,
          crebo: '25180',
          niveau: 2,
          limit: 45,
          k: null,
        };
      },
    },
  };
}

let stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  usePlacementStore.setState({ question: null });
  useBestPlaceStore.setState(idleResult());
  useOneProviderStore.setState(idleResult());
});

describe('placement computations', () => {
  it('ask the worker about the scenario’s rows only while their question is open', async () => {
    useDatasetStore.setState({ activeOffer: activeOffer() });
    const { calls, client } = fakeClient();
    const deps = { client: client as never, niveauOf: () => 2 as const };
    stops = [
      startComputation(useBestPlaceStore, bestPlaceComputation(deps)),
      startComputation(useOneProviderStore, oneProviderComputation(deps)),
    ];
    await tick();
    expect(calls).toEqual([]);

    usePlacementStore.getState().ask({ kind: 'beste-plek', crebo: '25180', brin: null });
    await tick();
    await tick();
    expect(calls.map((c) => c.method)).toEqual(['bestPlaces']);
    expect((calls[0].args[0] as { rows: OfferRow[] }).rows).toEqual(ROWS);
    expect(useBestPlaceStore.getState()).toMatchObject({
      status: 'ready',
      value: { crebo: '25180', niveau: 2, modelled: true },
    });

    // A start joins the scenario: the question is asked again on the edited rows.
    const store = useScenarioStore.getState();
    store.addEdit({ op: 'start', crebo: '25180', vestiging: 'BBBB00' }, () => null);
    await tick();
    await tick();
    expect((calls[1].args[0] as { rows: OfferRow[] }).rows.map((r) => r.vestiging)).toEqual(['AAAA00', 'BBBB00']);

    usePlacementStore.getState().ask({ kind: 'een-aanbieder', crebo: '25180', k: null });
    await tick();
    await tick();
    expect(calls.at(-1)?.method).toBe('oneProvider');
    expect(useBestPlaceStore.getState().status).toBe('idle');
    expect(useOneProviderStore.getState()).toMatchObject({
      status: 'ready',
      value: { keep: ['AAAA00'], modelled: true },
    });
    useScenarioStore.getState().undo();
    expect(activeScenario(useScenarioStore.getState()).edits).toEqual([]);
  });

  it('report edits that do not apply to the offer as an input problem', async () => {
    useDatasetStore.setState({ activeOffer: activeOffer() });
    useScenarioStore.getState().addEdit({ op: 'stop', crebo: '25180', vestiging: 'BBBB00' }, () => null);
    const { calls, client } = fakeClient();
    stops = [startComputation(useBestPlaceStore, bestPlaceComputation({ client: client as never, niveauOf: () => 2 }))];
    usePlacementStore.getState().ask({ kind: 'beste-plek', crebo: '25180', brin: null });
    await tick();
    await tick();
    expect(calls).toEqual([]);
    expect(useBestPlaceStore.getState()).toMatchObject({
      status: 'error',
      inputIssue: { kind: 'edit', scenario: null, problem: { reason: { code: 'not-offered' } } },
      error: expect.stringMatching(/not offered/),
    });
    useScenarioStore.getState().undo();
  });
});
