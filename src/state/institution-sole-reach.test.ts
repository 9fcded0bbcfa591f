import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnalysisApi } from '../../workers/analysis/analysis-api.ts';
import type { Location } from '../data/geodata/index.ts';
import { GraphBuilder } from '../engine/graph/builder.ts';
import { encodeGraph } from '../engine/graph/codec.ts';
import { MODE_CYCLE } from '../engine/graph/modes.ts';
import { Offer } from '../engine/offer/offer.ts';
import type { Niveau, OfferRow } from '../engine/offer/types.ts';
import { type ActiveOffer, useDatasetStore } from './dataset.ts';
import { earlyWarningComputation, useEarlyWarningStore } from './early-warning.ts';
import { useEarlyWarningViewStore } from './early-warning-view.ts';
import { useInstitutionProfileStore } from './institution-profile.ts';
import { institutionSoleReachComputation, useInstitutionSoleReachStore } from './institution-sole-reach.ts';
import { startComputation } from './pipeline/computation.ts';
import { cachedProgrammeLocations } from './programme-locations-source.ts';
import { useScenarioStore } from './scenario.ts';
import { earlyWarningRows } from './selectors/early-warning-rows.ts';
import { resetStateStores } from './stores.fixture.ts';
import { useTravelStore } from './travel.ts';
import { useViewStore } from './view.ts';

// Cells 0 – 1 – … – 7 in a line, 10 minutes apart, with different numbers of people.
const POP = [3, 1, 4, 1, 5, 9, 2, 6];
const CELL_OF: Record<string, number> = { '00AA00': 0, '00AA01': 7, '00BB00': 3, '00BB01': 5 };
const LOCATIONS = Object.entries(CELL_OF).map(
  ([brinvest, cell]) => ({ brinvest, brin: brinvest.slice(0, 4), cell, naam: brinvest, plaats: 'X' }) as Location,
);

function analysisClient() {
  const b = new GraphBuilder(POP.length);
  for (let c = 0; c + 1 < POP.length; c++) {
    b.addEdge(c, c + 1, 10, MODE_CYCLE);
    b.addEdge(c + 1, c, 10, MODE_CYCLE);
  }
  const api = createAnalysisApi();
  api.init({
    graph: encodeGraph(b.build()).buffer as ArrayBuffer,
    popByYear: { 2021: Float32Array.from(POP), 2026: Float32Array.from(POP), 2031: Float32Array.from(POP) },
    gemeente: new Uint16Array(POP.length).fill(65535),
    gemeenteCount: 0,
    krimp: new Uint8Array(0),
  });
  const calls: string[] = [];
  return {
    calls,
    client: {
      call: async (_method: 'programmeLocations', args: Parameters<typeof api.programmeLocations>) => {
        calls.push(`${args[0]}@${args[4]}`);
        return api.programmeLocations(...args);
      },
    },
  };
}

const row = (crebo: string, vestiging: string, niveau: Niveau): OfferRow => ({
  crebo,
  vestiging,
  leerweg: null,
  niveau,
});

function activeOffer(): ActiveOffer {
  const rows = [
    row('25180', '00AA00', 2),
    row('25180', '00BB00', 2),
    row('25181', '00AA01', 2),
    row('25181', '00BB01', 2),
    row('25182', '00BB00', 2), // not offered by 00AA: absent from its view
    row('25480', '00AA00', 4),
    row('25480', '00AA01', 4),
    row('25481', '00AA00', 4),
    row('25481', '00BB01', 4),
  ];
  const offer = new Offer(rows, { locations: LOCATIONS, qualifications: [] });
  const catalogue = {
    qualification: (crebo: string) => ({ niveau: (crebo.startsWith('254') ? 4 : 2) as Niveau, leerwegen: [] }),
    hasVestiging: (v: string) => v in CELL_OF,
  };
  return { offer, modelled: true, catalogue, file: null as never, qualifications: [] };
}

const settled = async () => {
  await new Promise((r) => setTimeout(r, 0));
  for (let i = 0; i < 50; i++) {
    const busy = [useEarlyWarningStore, useInstitutionSoleReachStore].some((s) => s.getState().status === 'computing');
    if (!busy) return;
    await new Promise((r) => setTimeout(r, 0));
  }
};

const stops: (() => void)[] = [];
beforeEach(() => {
  resetStateStores();
  useDatasetStore.setState({ activeOffer: activeOffer() });
  // 25 minutes reaches two cells either way, so some people have one provider and some two.
  useTravelStore.setState({ limits: { 1: 25, 2: 25, 3: 25, 4: 35 } });
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

describe("the institution view's sole reach", () => {
  it('equals the early-warning list for the same institution, niveau by niveau, from one shared cache', async () => {
    const { client, calls } = analysisClient();
    const programmeLocations = cachedProgrammeLocations(client as never);
    stops.push(startComputation(useInstitutionSoleReachStore, institutionSoleReachComputation({ programmeLocations })));
    stops.push(startComputation(useEarlyWarningStore, earlyWarningComputation({ programmeLocations })));
    useInstitutionProfileStore.getState().open('00AA');
    await settled();
    const profile = useInstitutionSoleReachStore.getState().value!;
    expect(profile).toMatchObject({ brin: '00AA', done: 4, total: 4 });
    // Only the crebos 00AA offers are searched, each over all its providers, at its niveau's limit.
    expect(calls).toEqual(['25180@25', '25181@25', '25480@35', '25481@35']);
    expect(profile.locations.some((l) => l.sole > 0)).toBe(true);

    useEarlyWarningViewStore.getState().setOpen(true);
    const byNiveau: Record<string, number> = {};
    for (const niveau of [2, 4] as const) {
      useViewStore.setState({ niveau, filters: { ...useViewStore.getState().filters, institution: '00AA' } });
      await settled();
      const table = useEarlyWarningStore.getState().value!;
      const listed = earlyWarningRows(
        table.locations,
        activeOffer().offer,
        new Map(LOCATIONS.map((l) => [l.brinvest, l])),
        {
          domains: [],
          crebos: [],
          filters: useViewStore.getState().filters,
        },
      );
      const fromTable = listed.map((r) => [
        r.location.crebo,
        r.location.vestiging,
        r.location.sole,
        r.location.extraPeople,
      ]);
      const fromProfile = profile.locations
        .filter((l) => l.niveau === niveau)
        .map((l) => [l.crebo, l.vestiging, l.sole, l.extraPeople]);
      expect(fromProfile).toEqual(fromTable);
      byNiveau[niveau] = fromProfile.length;
    }
    expect(byNiveau).toEqual({ 2: 2, 4: 3 });
    // The table's niveau-2 crebo that 00AA does not offer was the only new search.
    expect(calls.slice(4)).toEqual(['25182@25']);
  });

  it('shows the offer as it is: a scenario edit changes the early warning, not the institution view', async () => {
    const { client, calls } = analysisClient();
    stops.push(
      startComputation(
        useInstitutionSoleReachStore,
        institutionSoleReachComputation({ programmeLocations: cachedProgrammeLocations(client as never) }),
      ),
    );
    useInstitutionProfileStore.getState().open('00AA');
    await settled();
    const before = useInstitutionSoleReachStore.getState().value;
    calls.length = 0;
    expect(useScenarioStore.getState().addEdit({ op: 'stop', crebo: '25180', vestiging: '00BB00' }, () => null)).toBe(
      true,
    );
    await settled();
    expect(calls).toEqual([]);
    expect(useInstitutionSoleReachStore.getState().value).toBe(before);
    useInstitutionProfileStore.getState().close();
    await settled();
    expect(useInstitutionSoleReachStore.getState().status).toBe('idle');
  });
});
