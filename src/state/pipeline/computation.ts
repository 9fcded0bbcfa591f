import { isAbortError } from '../../../workers/protocol/messages.ts';
import { InputProblem } from './input-problem.ts';
import type { ResultStore } from './result-store.ts';

/**
 * The one mechanism that runs "inputs changed → compute (in a worker) → show the result".
 *
 * To add a computation:
 * 1. create its result store at module level: `export const useThingStore = createResultStore<Thing>()`;
 * 2. write a function that returns a `Computation` (it gets the runtime's workers and geodata):
 *    `inputs` lists the stores to watch, `select()` reads the inputs from them (null = idle),
 *    `same()` says whether two inputs give the same result (default: `sameFields`), and
 *    `run(input, signal)` computes, usually with `client.call(method, args, { signal })`;
 * 3. start it in `startRuntime` (src/app/runtime.ts): `startComputation(useThingStore, thing(runtime))`.
 * Panels read `useThingStore` (status, value, stale, error, version); nothing else is needed.
 *
 * What the mechanism guarantees: changes of several stores in one tick cost one run; a run
 * whose inputs changed is aborted (its signal fires, so a queued worker call is never sent) and
 * its answer is dropped, so a slow answer never overwrites a newer choice; the last value stays
 * visible, marked stale, until the new one arrives.
 */

/** Anything with a zustand-style subscribe: stores, result stores. */
export interface Watchable {
  subscribe(listener: () => void): () => void;
}

export interface Computation<I, T> {
  /** The stores whose changes may change what `select()` returns. */
  inputs: readonly Watchable[];
  /** The inputs, read from the stores; null when there is nothing to compute (the result goes idle). */
  select(): I | null;
  /** Pure: true when `a` and `b` give the same result, so no new run is needed. Default `sameFields`. */
  same?(a: I, b: I): boolean;
  /**
   * Computes the result. Must stop (or let its worker calls be dropped) when `signal` aborts.
   * `report` publishes a partial result while it works (e.g. figures per crebo as they come).
   * Throw an `InputProblem` (input-problem.ts) when the inputs themselves cannot be computed.
   */
  run(input: I, signal: AbortSignal, report: (partial: T) => void): Promise<T>;
}

/** The default "same inputs?" test: the same keys with identical (Object.is) values. */
export function sameFields<I extends object>(a: I, b: I): boolean {
  const keys = Object.keys(a) as (keyof I)[];
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
}

/** Starts watching the inputs and keeps `store` up to date; returns a stop function. */
export function startComputation<I, T>(store: ResultStore<T>, computation: Computation<I, T>): () => void {
  const same = computation.same ?? (sameFields as (a: I, b: I) => boolean);
  let current: { input: I; controller: AbortController } | null = null;
  let lastAttempt = store.getState().attempt;
  let scheduled = false;
  let stopped = false;

  const update = () => {
    scheduled = false;
    if (stopped) return;
    const input = computation.select();
    const { attempt } = store.getState();
    const retry = attempt !== lastAttempt;
    lastAttempt = attempt;
    if (input === null) {
      current?.controller.abort();
      current = null;
      if (store.getState().status !== 'idle' || store.getState().value !== null) {
        store.setState({ status: 'idle', value: null, stale: false, error: null, inputIssue: null });
      }
      return;
    }
    if (!retry && current && same(current.input, input)) return;
    current?.controller.abort();
    const controller = new AbortController();
    const mine = { input, controller };
    current = mine;
    store.setState((s) => ({ status: 'computing', stale: s.value !== null, error: null, inputIssue: null }));
    const live = () => !stopped && current === mine && !controller.signal.aborted;
    const report = (partial: T) => {
      if (live()) store.setState((s) => ({ value: partial, version: s.version + 1 }));
    };
    computation.run(input, controller.signal, report).then(
      (value) => {
        if (live())
          store.setState((s) => ({
            status: 'ready',
            value,
            stale: false,
            error: null,
            inputIssue: null,
            version: s.version + 1,
          }));
      },
      (error: unknown) => {
        if (!live() || isAbortError(error)) return;
        store.setState((s) => ({
          status: 'error',
          stale: s.value !== null,
          error: error instanceof Error ? error.message : String(error),
          inputIssue: error instanceof InputProblem ? error.issue : null,
        }));
      },
    );
  };

  // Several stores often change in one tick (a link sets the view and the scenario together).
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(update);
  };

  const unsubscribers = [
    ...computation.inputs.map((input) => input.subscribe(schedule)),
    store.subscribe((s, prev) => {
      if (s.attempt !== prev.attempt) schedule();
    }),
  ];
  schedule();
  return () => {
    stopped = true;
    current?.controller.abort();
    current = null;
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
