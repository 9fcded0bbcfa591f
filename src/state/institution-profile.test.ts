import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Location } from '../data/geodata/index.ts';
import { GraphBuilder } from '../engine/graph/builder.ts';
import { MODE_CYCLE } from '../engine/graph/modes.ts';
import { Offer } from '../engine/offer/offer.ts';
import { catalogueFrom } from '../engine/scenario/index.ts';
import { createNearestSourceSearch } from '../engine/travel/nearest-source.ts';
import { useDatasetStore } from './dataset.ts';
import {
  niveauCatchmentsComputation,
  useInstitutionProfileStore,
  useNiveauCatchmentsStore,
} from './institution-profile.ts';
import { startComputation } from './pipeline/computation.ts';
import { resetStateStores } from './stores.fixture.ts';
import { useTravelStore } from './travel.ts';

/**
 * The institution view's catchments per niveau, in every population year, with the real
 * nearest-source search behind a fake travel client. Cells 0 — 1 — 2 — 3, 10 minutes a step;
 * AA at cell 0, BB at cell 3, both offering one niveau-2 programme; limit 20 minutes.
 */
const POP = Float32Array.of(100, 20, 3, 40);
const POP_2026 = Float32Array.of(80, 20, 5, 45);
const POP_2031 = Float32Array.of(50, 10, 4, 60);
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

beforeEach(() => {
  resetStateStores();
  calls = 0;
  const locations = [
    { brinvest: '00AA00', brin: '00AA', cell: 0 },
    { brinvest: '00BB00', brin: '00BB', cell: 3 },
  ] as Location[];
  const qualifications = [{ crebo: '25180', niveau: 2, leerwegen: ['BOL'] }] as never;
  const offer = new Offer(
    [
      { crebo: '25180', vestiging: '00AA00', leerweg: null, niveau: 2 },
      { crebo: '25180', vestiging: '00BB00', leerweg: null, niveau: 2 },
    ],
    { locations, qualifications },
  );
  useDatasetStore.setState({
    activeOffer: {
      offer,
      modelled: true,
      catalogue: catalogueFrom(qualifications, locations),
      file: null as never,
      qualifications,
    },
  });
  useTravelStore.getState().setLimit(2, 20);
  const travel = {
    call: async (_method: 'nearest', [sources, labels, cutoff]: [Int32Array, Int32Array, number]) => {
      calls++;
      return search.computeNearest(sources, labels, cutoff);
    },
  };
  stop = startComputation(
    useNiveauCatchmentsStore,
    niveauCatchmentsComputation({ travel: travel as never, popByYear: { 2021: POP, 2026: POP_2026, 2031: POP_2031 } }),
  );
});
afterEach(() => stop?.());

describe('the institution view catchments', () => {
  it('count every population year from one search per niveau; 2021 as counted', async () => {
    await tick();
    expect(useNiveauCatchmentsStore.getState().status).toBe('idle');
    useInstitutionProfileStore.getState().open('00AA');
    await tick();
    const { status, value } = useNiveauCatchmentsStore.getState();
    expect(status).toBe('ready');
    expect(calls).toBe(4);
    const n2 = value!.find((c) => c.niveau === 2)!;
    // AA serves cells 0–1, BB cells 2–3, in every year: only the people counted change.
    expect(Object.fromEntries(n2.byYear[2021].byInstitution)).toEqual({ '00AA': 120, '00BB': 43 });
    expect(n2.byYear[2021].covered).toBe(163);
    expect(Object.fromEntries(n2.byYear[2026].byInstitution)).toEqual({ '00AA': 100, '00BB': 50 });
    expect(Object.fromEntries(n2.byYear[2031].byInstitution)).toEqual({ '00AA': 60, '00BB': 64 });
    expect(n2.byYear[2031].covered).toBe(124);
    // Niveau 1 is offered nowhere: nobody is served in any year.
    expect(value!.find((c) => c.niveau === 1)!.byYear[2031].covered).toBe(0);
  });
});
