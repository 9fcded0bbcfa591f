import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Location } from '../data/geodata/index.ts';
import { GraphBuilder } from '../engine/graph/builder.ts';
import { MODE_CYCLE } from '../engine/graph/modes.ts';
import { Offer } from '../engine/offer/offer.ts';
import { catalogueFrom } from '../engine/scenario/index.ts';
import { createNearestSourceSearch } from '../engine/travel/nearest-source.ts';
import { catchmentEffectComputation, useCatchmentEffectStore } from './catchment-effect.ts';
import { type ActiveOffer, useDatasetStore } from './dataset.ts';
import { useJaarStore } from './jaar.ts';
import { startComputation } from './pipeline/computation.ts';
import { useScenarioStore } from './scenario.ts';
import { resetStateStores } from './stores.fixture.ts';
import { useTravelStore } from './travel.ts';
import { useViewStore } from './view.ts';

/**
 * The effect computation on the pipeline, with the real nearest-source search behind a fake
 * travel client. Cells 0 — 1 — 2 — 3 in a line, 10 minutes a step; school AA at cell 0,
 * school BB at cell 3; a start of BB's programme at BB's second location in cell 1.
 */
const POP = Float32Array.of(100, 20, 3, 40);
// Today's children: fewer near AA, more near BB (2026 as 2021).
const POP_2031 = Float32Array.of(50, 10, 4, 60);
const POP_BY_YEAR = { 2021: POP, 2026: POP, 2031: POP_2031 };
const search = (() => {
  const b = new GraphBuilder(4);
  for (let c = 0; c < 3; c++) {
    b.addEdge(c, c + 1, 10, MODE_CYCLE);
    b.addEdge(c + 1, c, 10, MODE_CYCLE);
  }
  return createNearestSourceSearch(b.build());
})();

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
let stop: (() => void) | null = null;
let calls = 0;

function activeOffer(): ActiveOffer {
  const locations = [
    { brinvest: '00AA00', brin: '00AA', cell: 0 },
    { brinvest: '00BB00', brin: '00BB', cell: 3 },
    { brinvest: '00BB01', brin: '00BB', cell: 1 },
  ] as Location[];
  const qualifications = [{ crebo: '25180', niveau: 2, leerwegen: ['BOL'] }] as never;
  const offer = new Offer(
    [
      { crebo: '25180', vestiging: '00AA00', leerweg: null, niveau: 2 },
      { crebo: '25180', vestiging: '00BB00', leerweg: null, niveau: 2 },
    ],
    { locations, qualifications },
  );
  return {
    offer,
    modelled: true,
    catalogue: catalogueFrom(qualifications, locations),
    file: null as never,
    qualifications,
  };
}

beforeEach(() => {
  calls = 0;
  resetStateStores();
  useTravelStore.getState().setLimit(2, 20);
  useScenarioStore.setState({ scenarios: [{ id: 's1', name: 'S', edits: [] }], activeId: 's1', history: {} });
  useViewStore.setState({ niveau: null });
  useJaarStore.getState().setJaar(2021);
  useDatasetStore.setState({ activeOffer: activeOffer() });
  const travel = {
    call: async (_method: 'nearest', [sources, labels, cutoff]: [Int32Array, Int32Array, number]) => {
      calls++;
      return search.computeNearest(sources, labels, cutoff);
    },
  };
  stop = startComputation(
    useCatchmentEffectStore,
    catchmentEffectComputation({ travel: travel as never, popByYear: POP_BY_YEAR, crebosOfDomein: () => [] }),
  );
});
afterEach(() => stop?.());

describe('the effect-on-others computation', () => {
  it('is idle without a niveau, and without edits computes one search and no change', async () => {
    await tick();
    expect(useCatchmentEffectStore.getState().status).toBe('idle');
    useViewStore.getState().setNiveau(2);
    await tick();
    const { status, value } = useCatchmentEffectStore.getState();
    expect(status).toBe('ready');
    expect(calls).toBe(1);
    expect(Object.fromEntries(value!.before.byInstitution)).toEqual({ '00AA': 120, '00BB': 43 });
    expect(value!.change.flows).toEqual([]);
  });

  it('a start next to another school shows who takes from whom; a bad edit is an input problem', async () => {
    useViewStore.getState().setNiveau(2);
    const check = () => null;
    useScenarioStore.getState().addEdit({ op: 'start', crebo: '25180', vestiging: '00BB01' }, check);
    await tick();
    const { value } = useCatchmentEffectStore.getState();
    expect(value!.edits).toBe(1);
    expect(value!.change.institutions.map((i) => [i.brin, i.before, i.after, i.gained, i.lost])).toEqual([
      ['00AA', 120, 100, 0, 20],
      ['00BB', 43, 63, 20, 0],
    ]);
    expect(value!.change.flows).toEqual([{ from: '00AA', to: '00BB', count: 20 }]);

    useScenarioStore.getState().addEdit({ op: 'stop', crebo: '25180', vestiging: '00ZZ00' }, check);
    await tick();
    expect(useCatchmentEffectStore.getState()).toMatchObject({
      status: 'error',
      inputIssue: {
        kind: 'edit',
        scenario: null,
        problem: { reason: { code: 'unknown-vestiging', vestiging: '00ZZ00' } },
      },
    });
  });

  it('counts in the population year of the year control, and back in 2021 exactly as before', async () => {
    useViewStore.getState().setNiveau(2);
    useScenarioStore.getState().addEdit({ op: 'start', crebo: '25180', vestiging: '00BB01' }, () => null);
    await tick();
    const counted = useCatchmentEffectStore.getState().value!;
    useJaarStore.getState().setJaar(2031);
    await tick();
    const later = useCatchmentEffectStore.getState().value!;
    expect(later.jaar).toBe(2031);
    expect(Object.fromEntries(later.before.byInstitution)).toEqual({ '00AA': 60, '00BB': 64 });
    expect(later.change.flows).toEqual([{ from: '00AA', to: '00BB', count: 10 }]);
    useJaarStore.getState().setJaar(2021);
    await tick();
    expect(useCatchmentEffectStore.getState().value!.change).toEqual(counted.change);
  });
});
