import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTravelEffects, TRAVEL_CUTOFF_MINUTES, type TravelEffectsDeps, type TravelOfferView } from './travel-effects.ts';
import { useTravelStore } from './travel.ts';
import { useViewStore } from './view.ts';

const UNREACHABLE = 65535;
const CELLS = 5;

/** A promise the test resolves by hand, to play the worker pool answering late or out of order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function offer(rows: { brinvest: string; niveau: number; crebo: string }[], modelled = true): TravelOfferView {
  return {
    modelled,
    cellOf: (id) => CELL_OF[id] ?? -1,
    vestigingenFor: (niveau, crebo) =>
      rows.filter((r) => (crebo === null ? r.niveau === niveau : r.crebo === crebo)).map((r) => r.brinvest),
  };
}

const CELL_OF: Record<string, number> = { A: 3, B: 1, C: 3, OFF: -1 };

let stop: (() => void) | null = null;
let currentOffer: TravelOfferView | null;
let offerListeners: (() => void)[];

function start(overrides: Partial<TravelEffectsDeps> = {}) {
  const calls: { sources: number[]; cutoff: number; answer: ReturnType<typeof deferred<{ minutes: Uint16Array; modes: Uint8Array }>> }[] = [];
  const outlines: { limit: number; answer: ReturnType<typeof deferred<[number, number][][] | null>> }[] = [];
  stop = startTravelEffects({
    computeField: (sources, cutoff) => {
      const answer = deferred<{ minutes: Uint16Array; modes: Uint8Array }>();
      calls.push({ sources: Array.from(sources), cutoff, answer });
      return answer.promise;
    },
    outline: (_minutes, limit) => {
      const answer = deferred<[number, number][][] | null>();
      outlines.push({ limit, answer });
      return answer.promise;
    },
    unreachable: UNREACHABLE,
    cellCount: CELLS,
    getOffer: () => currentOffer,
    subscribeOffer: (listener) => {
      offerListeners.push(listener);
      return () => (offerListeners = offerListeners.filter((l) => l !== listener));
    },
    ...overrides,
  });
  return { calls, outlines };
}

const answerOf = (fill: number) => ({ minutes: new Uint16Array(CELLS).fill(fill), modes: new Uint8Array(CELLS) });

beforeEach(() => {
  useTravelStore.setState(useTravelStore.getInitialState(), true);
  useViewStore.setState({ niveau: null });
  currentOffer = offer([
    { brinvest: 'A', niveau: 2, crebo: '25000' },
    { brinvest: 'B', niveau: 2, crebo: '25001' },
    { brinvest: 'C', niveau: 2, crebo: '25001' },
    { brinvest: 'OFF', niveau: 2, crebo: '25001' },
    { brinvest: 'B', niveau: 4, crebo: '25400' },
  ]);
  offerListeners = [];
});
afterEach(() => stop?.());

describe('startTravelEffects', () => {
  it('does nothing until a niveau is chosen', () => {
    const { calls } = start();
    expect(calls).toHaveLength(0);
    expect(useTravelStore.getState().status).toBe('idle');
  });

  it('computes from the distinct cells of every location at the niveau, up to the largest limit', async () => {
    const { calls } = start();
    useViewStore.getState().setNiveau(2);
    expect(calls).toHaveLength(1);
    expect(calls[0].sources).toEqual([1, 3]);
    expect(calls[0].cutoff).toBe(TRAVEL_CUTOFF_MINUTES);
    expect(useTravelStore.getState().status).toBe('computing');
    calls[0].answer.resolve(answerOf(7));
    await tick();
    const { field, status } = useTravelStore.getState();
    expect(status).toBe('ready');
    expect(field).toMatchObject({ niveau: 2, crebo: null, locationCount: 4, sourceCellCount: 2, offGridCount: 1, modelled: true });
    expect(field!.minutes[0]).toBe(7);
  });

  it('keeps the old field (stale) while the new one computes, and drops superseded answers', async () => {
    const { calls } = start();
    useViewStore.getState().setNiveau(2);
    calls[0].answer.resolve(answerOf(1));
    await tick();
    useTravelStore.getState().setCrebo('25001');
    useTravelStore.getState().setCrebo('25000');
    expect(useTravelStore.getState().status).toBe('stale');
    expect(calls.map((c) => c.sources)).toEqual([[1, 3], [1, 3], [3]]);
    calls[2].answer.resolve(answerOf(3));
    await tick();
    calls[1].answer.resolve(answerOf(2)); // late answer for a choice the user already left
    await tick();
    expect(useTravelStore.getState().field).toMatchObject({ crebo: '25000' });
    expect(useTravelStore.getState().field!.minutes[0]).toBe(3);
    expect(useTravelStore.getState().status).toBe('ready');
  });

  it('shows an all-unreachable field, without asking the workers, when nothing offers the choice', () => {
    const { calls } = start();
    useViewStore.getState().setNiveau(3);
    expect(calls).toHaveLength(0);
    const { field, status } = useTravelStore.getState();
    expect(status).toBe('ready');
    expect(field!.locationCount).toBe(0);
    expect(Array.from(field!.minutes)).toEqual(new Array(CELLS).fill(UNREACHABLE));
  });

  it('recomputes when the active offer changes, and labels it by its provenance', async () => {
    const { calls } = start();
    useViewStore.getState().setNiveau(4);
    calls[0].answer.resolve(answerOf(1));
    await tick();
    expect(useTravelStore.getState().field!.modelled).toBe(true);
    currentOffer = offer([{ brinvest: 'A', niveau: 4, crebo: '25400' }], false);
    for (const listener of offerListeners) listener();
    expect(calls[1].sources).toEqual([3]);
    calls[1].answer.resolve(answerOf(2));
    await tick();
    expect(useTravelStore.getState().field!.modelled).toBe(false);
  });

  it('clears the field when the niveau is switched off, ignoring an answer still on its way', async () => {
    const { calls } = start();
    useViewStore.getState().setNiveau(2);
    useViewStore.getState().setNiveau(null);
    calls[0].answer.resolve(answerOf(1));
    await tick();
    expect(useTravelStore.getState()).toMatchObject({ field: null, status: 'idle' });
  });

  it('reports a failed computation and computes again on retry', async () => {
    const { calls } = start();
    useViewStore.getState().setNiveau(2);
    calls[0].answer.reject(new Error('worker crashed'));
    await tick();
    expect(useTravelStore.getState()).toMatchObject({ status: 'error', error: 'worker crashed' });
    useTravelStore.getState().retry();
    expect(calls).toHaveLength(2);
    calls[1].answer.resolve(answerOf(4));
    await tick();
    expect(useTravelStore.getState().status).toBe('ready');
  });

  it('traces the outline at the niveau’s limit, again when the limit changes, without a new search', async () => {
    const { calls, outlines } = start();
    useViewStore.getState().setNiveau(2);
    calls[0].answer.resolve(answerOf(1));
    await tick();
    const limit = useTravelStore.getState().limits[2];
    expect(outlines.map((o) => o.limit)).toEqual([limit]);
    useTravelStore.getState().setLimit(2, 30);
    expect(outlines.map((o) => o.limit)).toEqual([limit, 30]);
    expect(calls).toHaveLength(1);
    outlines[0].answer.resolve([[[5, 52], [5.1, 52]]]); // for the old limit: dropped
    outlines[1].answer.resolve([[[6, 52], [6.1, 52]]]);
    await tick();
    const outline = useTravelStore.getState().outline!;
    expect(outline).toMatchObject({ limit: 30, fieldVersion: useTravelStore.getState().field!.version });
    expect(outline.paths[0][0]).toEqual([6, 52]);
  });

  it('stops listening when stopped', () => {
    const { calls } = start();
    stop!();
    stop = null;
    useViewStore.getState().setNiveau(2);
    expect(calls).toHaveLength(0);
    expect(useTravelStore.getState().status).toBe('idle');
  });
});
