import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { abortError } from '../../../workers/protocol/messages.ts';
import { type Computation, sameFields, startComputation } from './computation.ts';
import { InputProblem } from './input-problem.ts';
import { createResultStore, retryComputation } from './result-store.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A computation whose runs the test resolves by hand. */
function harness() {
  const inputs = create<{ n: number | null; other: string }>()(() => ({ n: 1, other: 'a' }));
  const store = createResultStore<number>();
  const runs: { input: { n: number }; signal: AbortSignal; resolve(v: number): void; reject(e: unknown): void }[] = [];
  const computation: Computation<{ n: number }, number> = {
    inputs: [inputs],
    select: () => {
      const { n } = inputs.getState();
      return n === null ? null : { n };
    },
    run: (input, signal) => new Promise((resolve, reject) => runs.push({ input, signal, resolve, reject })),
  };
  return { inputs, store, runs, computation };
}

/** A started harness whose first run has answered `value`. */
async function startedWithValue(value: number) {
  const h = harness();
  const stop = startComputation(h.store, h.computation);
  await tick();
  h.runs[0].resolve(value);
  await tick();
  return { ...h, stop };
}

describe('startComputation', () => {
  it('runs for the first inputs and publishes the value with a new version', async () => {
    const { store, runs, computation } = harness();
    const stop = startComputation(store, computation);
    await tick();
    expect(store.getState()).toMatchObject({ status: 'computing', value: null, stale: false });
    runs[0].resolve(10);
    await tick();
    expect(store.getState()).toMatchObject({ status: 'ready', value: 10, stale: false, version: 1 });
    stop();
  });

  it('coalesces changes in one tick into one run, and skips inputs that are the same', async () => {
    const { inputs, runs, stop } = await startedWithValue(10);
    inputs.setState({ n: 2 });
    inputs.setState({ n: 3 });
    inputs.setState({ other: 'b' });
    await tick();
    expect(runs.map((r) => r.input.n)).toEqual([1, 3]);
    inputs.setState({ other: 'c' });
    await tick();
    expect(runs).toHaveLength(2);
    stop();
  });

  it('keeps the last value visible as stale, aborts a superseded run and drops its answer', async () => {
    const { inputs, store, runs, stop } = await startedWithValue(10);
    inputs.setState({ n: 2 });
    await tick();
    expect(store.getState()).toMatchObject({ status: 'computing', value: 10, stale: true });
    inputs.setState({ n: 3 });
    await tick();
    expect(runs[1].signal.aborted).toBe(true);
    runs[2].resolve(30);
    runs[1].resolve(20);
    await tick();
    expect(store.getState()).toMatchObject({ status: 'ready', value: 30, stale: false, version: 2 });
    stop();
  });

  it('goes idle (and aborts) when there is nothing to compute', async () => {
    const { inputs, store, runs, computation } = harness();
    const stop = startComputation(store, computation);
    await tick();
    inputs.setState({ n: null });
    await tick();
    expect(runs[0].signal.aborted).toBe(true);
    expect(store.getState()).toMatchObject({ status: 'idle', value: null });
    stop();
  });

  it('reports failures by kind, ignores aborts, and runs again on retry', async () => {
    const { inputs, store, runs, computation } = harness();
    const stop = startComputation(store, computation);
    await tick();
    const issue = { kind: 'niveau-unknown', crebo: '99999' } as const;
    runs[0].reject(new InputProblem(issue));
    await tick();
    expect(store.getState()).toMatchObject({
      status: 'error',
      inputIssue: issue,
      error: 'the niveau of crebo 99999 is unknown, so it has no travel limit',
    });
    inputs.setState({ n: 2 });
    await tick();
    runs[1].reject(abortError('cancelled elsewhere'));
    await tick();
    expect(store.getState().status).toBe('computing');
    retryComputation(store);
    await tick();
    expect(runs).toHaveLength(3);
    runs[2].reject(new Error('the travel worker crashed'));
    await tick();
    expect(store.getState()).toMatchObject({ status: 'error', inputIssue: null, error: 'the travel worker crashed' });
    stop();
  });

  it('publishes partial results while it works, and nothing after stop', async () => {
    const inputs = create<{ n: number }>()(() => ({ n: 1 }));
    const store = createResultStore<number[]>();
    let finish = () => {};
    const stop = startComputation(store, {
      inputs: [inputs],
      select: () => inputs.getState(),
      run: async (_input, _signal, report) => {
        report([1]);
        await new Promise<void>((resolve) => (finish = resolve));
        return [1, 2];
      },
    });
    await tick();
    expect(store.getState()).toMatchObject({ status: 'computing', value: [1], version: 1 });
    stop();
    finish();
    await tick();
    expect(store.getState().status).toBe('computing');
  });
});

describe('sameFields', () => {
  it('compares the fields by identity', () => {
    const offer = {};
    expect(sameFields({ a: 1, offer }, { a: 1, offer })).toBe(true);
    expect(sameFields({ a: 1, offer }, { a: 1, offer: {} })).toBe(false);
    expect(sameFields<{ a: number; b?: number }>({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});
