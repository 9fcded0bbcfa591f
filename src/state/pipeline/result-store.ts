import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { InputIssue } from './input-problem.ts';

/**
 * The one shape every computed result has (travel field, outline, scenario metrics, sector
 * figures, and whatever is added next), so panels and layers read them all the same way:
 *
 * - idle: nothing to compute (e.g. no niveau chosen); `value` is null;
 * - computing: a run for the current inputs is under way; `value` is the last result, if any;
 * - ready: `value` belongs to the current inputs;
 * - error: the run failed (`error` says why); `value` is the last good result, if any.
 *
 * `stale` is true while `value` belongs to older inputs: show it, drawn grey, rather than
 * nothing. `version` increases with every new value (a deck.gl updateTriggers key).
 */
export type ResultStatus = 'idle' | 'computing' | 'ready' | 'error';

export interface ComputationResult<T> {
  status: ResultStatus;
  value: T | null;
  stale: boolean;
  error: string | null;
  /**
   * With an error: why the inputs cannot be computed (a scenario that does not apply to the
   * offer), which the user must change; null when the computation itself failed, where trying
   * again may help. `error` is the English message either way, for logs.
   */
  inputIssue: InputIssue | null;
  version: number;
  /** Counts "try again" requests (retryComputation); the pipeline reruns when it changes. */
  attempt: number;
}

export type ResultStore<T> = UseBoundStore<StoreApi<ComputationResult<T>>>;

export function idleResult<T>(): ComputationResult<T> {
  return { status: 'idle', value: null, stale: false, error: null, inputIssue: null, version: 0, attempt: 0 };
}

/** A result store, created once per computation at module level so panels can import it. */
export function createResultStore<T>(): ResultStore<T> {
  return create<ComputationResult<T>>()(() => idleResult<T>());
}

/** Runs the computation again with the same inputs (after an error). */
export function retryComputation(store: ResultStore<unknown>): void {
  store.setState((s) => ({ attempt: s.attempt + 1 }));
}
