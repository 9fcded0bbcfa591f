import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Location } from '../data/geodata/index.ts';
import { Offer } from '../engine/offer/offer.ts';
import type { Niveau } from '../engine/offer/types.ts';
import { type ActiveOffer, useDatasetStore } from './dataset.ts';
import { startComputation } from './pipeline/computation.ts';
import { retryComputation } from './pipeline/result-store.ts';
import { useScenarioStore } from './scenario.ts';
import { resetStateStores } from './stores.fixture.ts';
import { useTravelStore } from './travel.ts';
import { TRAVEL_CUTOFF_MINUTES, travelFieldComputation, useTravelFieldStore } from './travel-field.ts';
import { travelOutlineComputation, useTravelOutlineStore } from './travel-outline.ts';
import { useViewStore } from './view.ts';

const UNREACHABLE = 65535;
const CELLS = 5;

/** A promise the test resolves by hand, to play the workers answering late or out of order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

const CELL_OF: Record<string, number> = { A: 3, B: 1, C: 3, OFF: -1 };

function activeOffer(rows: { brinvest: string; niveau: Niveau; crebo: string }[], modelled = true): ActiveOffer {
  const locations = Object.entries(CELL_OF).map(([brinvest, cell]) => ({ brinvest, brin: 'XXXX', cell }) as Location);
  const offer = new Offer(
    rows.map((r) => ({ crebo: r.crebo, vestiging: r.brinvest, leerweg: null, niveau: r.niveau })),
    { locations, qualifications: [] },
  );
  return {
    offer,
    modelled,
    catalogue: { qualification: () => undefined, hasVestiging: () => true },
    file: null as never,
    qualifications: [],
  };
}

type FieldAnswer = { minutes: Uint16Array; modes: Uint8Array };
let stops: (() => void)[] = [];

function start() {
  const calls: {
    sources: number[];
    cutoff: number;
    signal: AbortSignal;
    answer: ReturnType<typeof deferred<FieldAnswer>>;
  }[] = [];
  const outlines: { limit: number; answer: ReturnType<typeof deferred<[number, number][][]>> }[] = [];
  const travel = {
    call: (_method: 'field', [sources, cutoff]: [Int32Array, number], options?: { signal?: AbortSignal }) => {
      const answer = deferred<FieldAnswer>();
      calls.push({ sources: Array.from(sources), cutoff, signal: options!.signal!, answer });
      return answer.promise;
    },
  };
  const isochrone = {
    call: (_method: 'outline', [, limit]: [Uint16Array, number, number]) => {
      const answer = deferred<[number, number][][]>();
      outlines.push({ limit, answer });
      return answer.promise;
    },
  };
  stops = [
    startComputation(
      useTravelFieldStore,
      travelFieldComputation({ travel: travel as never, cellCount: CELLS, unreachable: UNREACHABLE }),
    ),
    startComputation(useTravelOutlineStore, travelOutlineComputation(isochrone as never)),
  ];
  return { calls, outlines };
}

const answerOf = (fill: number): FieldAnswer => ({
  minutes: new Uint16Array(CELLS).fill(fill),
  modes: new Uint8Array(CELLS),
});

beforeEach(() => {
  resetStateStores();
  useDatasetStore.setState({
    activeOffer: activeOffer([
      { brinvest: 'A', niveau: 2, crebo: '25000' },
      { brinvest: 'B', niveau: 2, crebo: '25001' },
      { brinvest: 'C', niveau: 2, crebo: '25001' },
      { brinvest: 'OFF', niveau: 2, crebo: '25001' },
      { brinvest: 'B', niveau: 4, crebo: '25400' },
    ]),
  });
});
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

describe('the travel field computation', () => {
  it('does nothing until a niveau is chosen', async () => {
    const { calls } = start();
    await tick();
    expect(calls).toHaveLength(0);
    expect(useTravelFieldStore.getState().status).toBe('idle');
  });

  it('computes from the distinct cells of every location at the niveau, up to the largest limit', async () => {
    const { calls } = start();
    useViewStore.getState().setNiveau(2);
    await tick();
    expect(calls).toHaveLength(1);
    expect(calls[0].sources).toEqual([1, 3]);
    expect(calls[0].cutoff).toBe(TRAVEL_CUTOFF_MINUTES);
    expect(useTravelFieldStore.getState().status).toBe('computing');
    calls[0].answer.resolve(answerOf(7));
    await tick();
    const { value, status } = useTravelFieldStore.getState();
    expect(status).toBe('ready');
    expect(value).toMatchObject({
      niveau: 2,
      crebo: null,
      locationCount: 4,
      sourceCellCount: 2,
      offGridCount: 1,
      modelled: true,
    });
    expect(value!.minutes[0]).toBe(7);
  });

  it('keeps the old field (stale) while the new one computes, and drops superseded answers', async () => {
    const { calls } = start();
    useViewStore.getState().setNiveau(2);
    await tick();
    calls[0].answer.resolve(answerOf(1));
    await tick();
    useTravelStore.getState().setCrebo('25000');
    await tick();
    expect(useTravelFieldStore.getState()).toMatchObject({ status: 'computing', stale: true });
    // 25001 has the same source cells as the whole niveau: its field comes from the cache.
    useTravelStore.getState().setCrebo('25001');
    await tick();
    expect(calls.map((c) => c.sources)).toEqual([[1, 3], [3]]);
    expect(calls[1].signal.aborted).toBe(true);
    calls[1].answer.resolve(answerOf(3)); // late answer for a choice the user already left
    await tick();
    expect(useTravelFieldStore.getState().value).toMatchObject({ crebo: '25001' });
    expect(useTravelFieldStore.getState().value!.minutes[0]).toBe(1);
    expect(useTravelFieldStore.getState()).toMatchObject({ status: 'ready', stale: false });
  });

  it('follows the scenario: the field after its edits, before them once B flips, from the cache', async () => {
    const offer = useDatasetStore.getState().activeOffer!;
    useDatasetStore.setState({
      activeOffer: {
        ...offer,
        catalogue: { qualification: () => ({ niveau: 2, leerwegen: [] }), hasVestiging: () => true },
      },
    });
    const { calls } = start();
    useViewStore.getState().setNiveau(2);
    useTravelStore.getState().setCrebo('25001');
    await tick();
    calls[0].answer.resolve(answerOf(5));
    await tick();
    expect(useTravelFieldStore.getState().value).toMatchObject({ crebo: '25001', side: null });
    useScenarioStore.getState().addEdit({ op: 'stop', crebo: '25001', vestiging: 'C' }, () => null);
    await tick();
    expect(calls.map((c) => c.sources)).toEqual([[1, 3], [1]]);
    calls[1].answer.resolve(answerOf(9));
    await tick();
    expect(useTravelFieldStore.getState().value).toMatchObject({ crebo: '25001', side: 'after', locationCount: 2 });
    expect(useTravelFieldStore.getState().value!.minutes[0]).toBe(9);
    useScenarioStore.getState().toggleShowAfter();
    await tick();
    expect(calls).toHaveLength(2);
    expect(useTravelFieldStore.getState().value).toMatchObject({ side: 'before', locationCount: 3 });
    expect(useTravelFieldStore.getState().value!.minutes[0]).toBe(5);
  });

  it('shows an all-unreachable field, without asking the workers, when nothing offers the choice', async () => {
    const { calls } = start();
    useViewStore.getState().setNiveau(3);
    await tick();
    expect(calls).toHaveLength(0);
    const { value, status } = useTravelFieldStore.getState();
    expect(status).toBe('ready');
    expect(value!.locationCount).toBe(0);
    expect(Array.from(value!.minutes)).toEqual(new Array(CELLS).fill(UNREACHABLE));
  });

  it('recomputes when the active offer changes, and labels it by its provenance', async () => {
    const { calls } = start();
    useViewStore.getState().setNiveau(4);
    await tick();
    calls[0].answer.resolve(answerOf(1));
    await tick();
    expect(useTravelFieldStore.getState().value!.modelled).toBe(true);
    useDatasetStore.setState({ activeOffer: activeOffer([{ brinvest: 'A', niveau: 4, crebo: '25400' }], false) });
    await tick();
    expect(calls[1].sources).toEqual([3]);
    calls[1].answer.resolve(answerOf(2));
    await tick();
    expect(useTravelFieldStore.getState().value!.modelled).toBe(false);
  });

  it('goes idle when the niveau is switched off, ignoring an answer still on its way', async () => {
    const { calls } = start();
    useViewStore.getState().setNiveau(2);
    await tick();
    useViewStore.getState().setNiveau(null);
    await tick();
    calls[0].answer.resolve(answerOf(1));
    await tick();
    expect(useTravelFieldStore.getState()).toMatchObject({ value: null, status: 'idle' });
  });

  it('reports a failed computation and computes again on retry', async () => {
    const { calls } = start();
    useViewStore.getState().setNiveau(2);
    await tick();
    calls[0].answer.reject(new Error('worker crashed'));
    await tick();
    expect(useTravelFieldStore.getState()).toMatchObject({ status: 'error', error: 'worker crashed' });
    retryComputation(useTravelFieldStore);
    await tick();
    expect(calls).toHaveLength(2);
    calls[1].answer.resolve(answerOf(4));
    await tick();
    expect(useTravelFieldStore.getState().status).toBe('ready');
  });

  it('traces the outline at the niveau’s limit, again when the limit changes, without a new search', async () => {
    const { calls, outlines } = start();
    useViewStore.getState().setNiveau(2);
    await tick();
    calls[0].answer.resolve(answerOf(1));
    await tick();
    await tick();
    const limit = useTravelStore.getState().limits[2];
    expect(outlines.map((o) => o.limit)).toEqual([limit]);
    useTravelStore.getState().setLimit(2, 30);
    await tick();
    expect(outlines.map((o) => o.limit)).toEqual([limit, 30]);
    expect(calls).toHaveLength(1);
    outlines[0].answer.resolve([
      [
        [5, 52],
        [5.1, 52],
      ],
    ]); // for the old limit: dropped
    outlines[1].answer.resolve([
      [
        [6, 52],
        [6.1, 52],
      ],
    ]);
    await tick();
    const outline = useTravelOutlineStore.getState().value!;
    expect(outline).toMatchObject({ limit: 30, fieldVersion: useTravelFieldStore.getState().version });
    expect(outline.paths[0][0]).toEqual([6, 52]);
  });

  it('stops listening when stopped', async () => {
    const { calls } = start();
    for (const stop of stops) stop();
    stops = [];
    useViewStore.getState().setNiveau(2);
    await tick();
    expect(calls).toHaveLength(0);
    expect(useTravelFieldStore.getState().status).toBe('idle');
  });
});
