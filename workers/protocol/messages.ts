/**
 * The one message protocol between the main thread and every worker in workers/. A worker
 * exposes an API object (method name → handler); the client calls methods by name and gets a
 * promise of the handler's answer. Types flow from the API object, so a call with the wrong
 * arguments, or a misspelt method, does not compile.
 *
 * Handshake: the worker posts `loaded` once its module has run; only then does the client post
 * (some worker shims lose messages sent earlier). Each call carries an id; the answer names it.
 */

/** What a worker offers: methods taking structured-clonable arguments. */
// biome-ignore lint/suspicious/noExplicitAny: handler signatures are checked per API, not here.
export type WorkerApi = Record<string, (...args: any[]) => unknown>;

export type ToWorker = { kind: 'call'; id: number; method: string; args: unknown[] };

export type FromWorker =
  | { kind: 'loaded' }
  /** How far the running call is (0–1), for a long job such as reading a file of 100,000 rows. */
  | { kind: 'progress'; id: number; fraction: number }
  | { kind: 'result'; id: number; value: unknown }
  | { kind: 'error'; id: number; message: string };

const TRANSFER = Symbol('transfer');

/** A handler's answer whose buffers are moved to the receiver instead of copied. */
export interface Transferred<T> {
  readonly [TRANSFER]: true;
  readonly value: T;
  readonly transfer: Transferable[];
}

/** Wraps an answer so that `transfer` (e.g. `[minutes.buffer]`) is handed over, not cloned. */
export function withTransfer<T>(value: T, transfer: Transferable[]): Transferred<T> {
  return { [TRANSFER]: true, value, transfer };
}

export function isTransferred(value: unknown): value is Transferred<unknown> {
  return typeof value === 'object' && value !== null && TRANSFER in value;
}

/** What the client's promise resolves to for a handler: its awaited answer, unwrapped. */
export type Answer<F> = F extends (...args: never[]) => infer R
  ? Awaited<R> extends Transferred<infer T>
    ? T
    : Awaited<R>
  : never;

export function abortError(reason: string): DOMException {
  return new DOMException(reason, 'AbortError');
}

/** True for the rejection of a cancelled or superseded call (not a failure worth showing). */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
