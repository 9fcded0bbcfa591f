import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnalysisApi } from '../../workers/analysis/analysis-api.ts';
import type { Location } from '../data/geodata/index.ts';
import { GraphBuilder } from '../engine/graph/builder.ts';
import { encodeGraph } from '../engine/graph/codec.ts';
import { MODE_CYCLE } from '../engine/graph/modes.ts';
import { Offer } from '../engine/offer/offer.ts';
import { type ActiveOffer, useDatasetStore } from './dataset.ts';
import { earlyWarningComputation, useEarlyWarningStore } from './early-warning.ts';
import { useEarlyWarningViewStore } from './early-warning-view.ts';
import { useJaarStore } from './jaar.ts';
import { startComputation } from './pipeline/computation.ts';
import { cachedProgrammeLocations } from './programme-locations-source.ts';
import { activeScenario, useScenarioStore } from './scenario.ts';
import { resetStateStores } from './stores.fixture.ts';
import { useTravelStore } from './travel.ts';
import { useViewStore } from './view.ts';

// Cells 0 – 1 – 2 – 3, 10 minutes apart, one person each; A in cell 0, B in cell 3.
const CELL_OF: Record<string, number> = { '00AA00': 0, '00BB00': 3 };

function analysis() {
  const b = new GraphBuilder(4);
  for (let c = 0; c < 3; c++) {
    b.addEdge(c, c + 1, 10, MODE_CYCLE);
    b.addEdge(c + 1, c, 10, MODE_CYCLE);
  }
  const api = createAnalysisApi();
  api.init({
    graph: encodeGraph(b.build()).buffer as ArrayBuffer,
    // 2026 and 2031: fewer young people near B.
    popByYear: {
      2021: Float32Array.of(1, 1, 1, 1),
      2026: Float32Array.of(1, 1, 1, 0.5),
      2031: Float32Array.of(1, 1, 0, 0),
    },
    gemeente: new Uint16Array(4).fill(65535),
    gemeenteCount: 0,
    krimp: new Uint8Array(0),
  });
  const calls: string[] = [];
  return {
    calls,
    client: {
      call: async (_method: 'programmeLocations', args: Parameters<typeof api.programmeLocations>) => {
        calls.push(args[0]);
        return api.programmeLocations(...args);
      },
    },
  };
}

const locations = () =>
  Object.entries(CELL_OF).map(([brinvest, cell]) => ({ brinvest, brin: brinvest.slice(0, 4), cell }) as Location);

function activeOffer(): ActiveOffer {
  const rows = [
    { crebo: '25180', vestiging: '00AA00', leerweg: 'BOL' as const, niveau: 2 as const },
    { crebo: '25180', vestiging: '00AA00', leerweg: 'BBL' as const, niveau: 2 as const },
    { crebo: '25180', vestiging: '00BB00', leerweg: null, niveau: 2 as const },
    { crebo: '25190', vestiging: '00BB00', leerweg: null, niveau: 2 as const },
  ];
  const offer = new Offer(rows, { locations: locations(), qualifications: [] });
  const catalogue = {
    qualification: () => ({ niveau: 2 as const, leerwegen: [] }),
    hasVestiging: (v: string) => v in CELL_OF,
  };
  return { offer, modelled: true, catalogue, file: null as never, qualifications: [] };
}

const settled = async () => {
  for (let i = 0; i < 20 && useEarlyWarningStore.getState().status === 'computing'; i++)
    await new Promise((r) => setTimeout(r, 0));
};

let stop: () => void = () => {};
beforeEach(() => {
  resetStateStores();
  useViewStore.setState({ niveau: 2 });
  useJaarStore.setState({ jaar: 2021 });
  useDatasetStore.setState({ activeOffer: activeOffer() });
});
afterEach(() => stop());

describe('early warning on the pipeline', () => {
  it('computes only while the view is open, one worker call per crebo, leerwegen merged', async () => {
    const { client, calls } = analysis();
    stop = startComputation(
      useEarlyWarningStore,
      earlyWarningComputation({ programmeLocations: cachedProgrammeLocations(client as never) }),
    );
    await settled();
    expect(useEarlyWarningStore.getState().status).toBe('idle');
    useEarlyWarningViewStore.getState().setOpen(true);
    await new Promise((r) => setTimeout(r, 0));
    await settled();
    const { status, value } = useEarlyWarningStore.getState();
    expect(status).toBe('ready');
    expect(calls).toEqual(['25180', '25190']);
    expect(value).toMatchObject({
      niveau: 2,
      limit: useTravelStore.getState().limits[2],
      jaar: 2021,
      modelled: true,
      done: 2,
      total: 2,
    });
    // Within 45 minutes both 25180 locations reach all four cells, so neither is sole; 25190 has one location.
    const sole = Object.fromEntries(value!.locations.map((l) => [`${l.crebo}|${l.vestiging}`, l.sole]));
    expect(sole).toEqual({ '25180|00AA00': 0, '25180|00BB00': 0, '25190|00BB00': 4 });
  });

  it('follows the scenario: after a stop only the stopped crebo is searched again', async () => {
    const { client, calls } = analysis();
    useEarlyWarningViewStore.getState().setOpen(true);
    stop = startComputation(
      useEarlyWarningStore,
      earlyWarningComputation({ programmeLocations: cachedProgrammeLocations(client as never) }),
    );
    await new Promise((r) => setTimeout(r, 0));
    await settled();
    calls.length = 0;
    const check = () => null;
    expect(useScenarioStore.getState().addEdit({ op: 'stop', crebo: '25180', vestiging: '00BB00' }, check)).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    await settled();
    expect(calls).toEqual(['25180']);
    const rows = useEarlyWarningStore.getState().value!.locations;
    expect(rows.map((l) => `${l.crebo}|${l.vestiging}|${l.sole}`)).toEqual(['25180|00AA00|4', '25190|00BB00|4']);
    expect(activeScenario(useScenarioStore.getState()).edits).toHaveLength(1);
    // Undoing the stop needs no search at all: both crebos come from the cache.
    calls.length = 0;
    useScenarioStore.getState().undo();
    await new Promise((r) => setTimeout(r, 0));
    await settled();
    expect(calls).toEqual([]);
    expect(useEarlyWarningStore.getState().value!.locations).toHaveLength(3);
  });

  it('follows the year control: every crebo counted again in that year, and back from the cache', async () => {
    const { client, calls } = analysis();
    useEarlyWarningViewStore.getState().setOpen(true);
    stop = startComputation(
      useEarlyWarningStore,
      earlyWarningComputation({ programmeLocations: cachedProgrammeLocations(client as never) }),
    );
    await new Promise((r) => setTimeout(r, 0));
    await settled();
    calls.length = 0;
    useJaarStore.getState().setJaar(2031);
    await new Promise((r) => setTimeout(r, 0));
    await settled();
    expect(calls).toEqual(['25180', '25190']);
    const value = useEarlyWarningStore.getState().value!;
    expect(value.jaar).toBe(2031);
    // 25190 at B alone reaches all four cells; in 2031 cells 2 and 3 are empty.
    const sole = Object.fromEntries(value.locations.map((l) => [`${l.crebo}|${l.vestiging}`, l.sole]));
    expect(sole).toEqual({ '25180|00AA00': 0, '25180|00BB00': 0, '25190|00BB00': 2 });
    calls.length = 0;
    useJaarStore.getState().setJaar(2021);
    await new Promise((r) => setTimeout(r, 0));
    await settled();
    expect(calls).toEqual([]);
    expect(useEarlyWarningStore.getState().value!.jaar).toBe(2021);
    expect(useEarlyWarningStore.getState().value!.locations.find((l) => l.crebo === '25190')!.sole).toBe(4);
  });
  it('streams its progress often and its rows on a doubling interval, the same rows array in between', async () => {
    const { client } = analysis();
    // 40 crebos at A alone, each search taking 100 ms on the computation's clock.
    const rows = Array.from({ length: 40 }, (_, i) => ({
      crebo: String(26000 + i),
      vestiging: '00AA00',
      leerweg: null,
      niveau: 2 as const,
    }));
    const offer = new Offer(rows, { locations: locations(), qualifications: [] });
    useDatasetStore.setState({ activeOffer: { ...activeOffer(), offer } });
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const slow = {
      call: async (...args: Parameters<typeof client.call>) => {
        clock += 100;
        return client.call(...args);
      },
    };
    const published: { done: number; locations: readonly unknown[] }[] = [];
    const unsubscribe = useEarlyWarningStore.subscribe((s) => {
      if (s.status === 'computing' && s.value && s.value !== published.at(-1)) published.push(s.value);
    });
    try {
      useEarlyWarningViewStore.getState().setOpen(true);
      stop = startComputation(
        useEarlyWarningStore,
        earlyWarningComputation({ programmeLocations: cachedProgrammeLocations(slow as never) }),
      );
      for (let i = 0; i < 200 && useEarlyWarningStore.getState().status !== 'ready'; i++)
        await new Promise((r) => setTimeout(r, 0));
    } finally {
      unsubscribe();
      now.mockRestore();
    }
    const final = useEarlyWarningStore.getState().value!;
    expect(final).toMatchObject({ done: 40, total: 40 });
    expect(final.locations).toHaveLength(40);
    // Progress every 200 ms of the clock: after crebo 2, 4, 6, …, 40.
    expect(published.map((p) => p.done)).toEqual(Array.from({ length: 20 }, (_, i) => 2 * (i + 1)));
    // New rows after crebo 2, 6, 14, 28: the first report, then more than 300, 600, 1200 ms later.
    const fresh = published.filter((p, i) => i === 0 || p.locations !== published[i - 1].locations);
    expect(fresh.map((p) => p.done)).toEqual([2, 6, 14, 28]);
    for (const p of published) {
      expect(p.locations.length).toBeLessThanOrEqual(p.done);
      expect(p.locations).toEqual(final.locations.slice(0, p.locations.length));
    }
  });
});
