import type { TravelField } from '../src/engine/travel/search.ts';
import type { FromWorker, ToWorker } from './travel-protocol.ts';

export interface TravelPoolOptions {
  /** graph.bin bytes, verified against the manifest by the caller (loadVerifiedGraph). Each worker gets a copy. */
  graph: ArrayBuffer;
  /** Number of workers; at least 1, default 2. */
  size?: number;
  /** For tests and other bundlers; the default starts workers/travel.worker.ts as a module worker. */
  createWorker?: () => Worker;
}

export interface FieldOptions {
  /** Aborting rejects the request with an AbortError; if it is still queued it never runs. */
  signal?: AbortSignal;
  /**
   * Requests with the same key supersede each other: when a new one arrives, an older one that
   * has not started yet is dropped (rejected with an AbortError). Use one key per map layer,
   * e.g. "field:niveau-4", so quick edits never queue up stale work.
   */
  key?: string;
}

export interface TravelPool {
  /** Minutes (and route modes) from every cell to the nearest of `sources` (cell indices). */
  computeField(sources: Int32Array, cutoffMinutes: number, options?: FieldOptions): Promise<TravelField>;
  /** Resolves when every worker has loaded the graph; rejects if that failed. */
  ready(): Promise<void>;
  /** Requests queued or running: drive a progress indicator or grey out stale fields with it. */
  pending(): number;
  /** Stops all workers; pending requests are rejected. */
  terminate(): void;
}

interface Job {
  id: number;
  sources: Int32Array;
  cutoffMinutes: number;
  key: string | undefined;
  signal: AbortSignal | undefined;
  onAbort: () => void;
  resolve: (field: TravelField) => void;
  reject: (error: Error) => void;
}

function abortError(reason: string): Error {
  return new DOMException(reason, 'AbortError');
}

function defaultWorker(): Worker {
  return new Worker(new URL('./travel.worker.ts', import.meta.url), { type: 'module', name: 'travel' });
}

/**
 * A pool of travel workers. Requests go to the first idle worker, in order; results arrive as
 * transferred typed arrays. Stale work is cheap to drop: see FieldOptions.
 */
export function createTravelPool(options: TravelPoolOptions): TravelPool {
  const size = options.size ?? 2;
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`pool size must be a whole number ≥ 1, got ${size}`);
  const workers: Worker[] = [];
  const ready = new Set<Worker>();
  const running = new Map<Worker, Job>();
  const queue: Job[] = [];
  let nextId = 1;
  let fatal: Error | null = null;
  let markReady: () => void = () => {};
  let markFailed: (error: Error) => void = () => {};
  const allReady = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  // Nobody may ever call ready(); do not report its rejection as unhandled.
  allReady.catch(() => {});

  const settle = (job: Job) => job.signal?.removeEventListener('abort', job.onAbort);

  const failAll = (error: Error) => {
    fatal = error;
    markFailed(error);
    for (const job of [...queue, ...running.values()]) {
      settle(job);
      job.reject(error);
    }
    queue.length = 0;
    running.clear();
  };

  const dispatch = () => {
    for (const worker of workers) {
      if (!ready.has(worker) || running.has(worker)) continue;
      const job = queue.shift();
      if (!job) return;
      running.set(worker, job);
      const message: ToWorker = { type: 'field', id: job.id, sources: job.sources, cutoffMinutes: job.cutoffMinutes };
      worker.postMessage(message);
    }
  };

  for (let i = 0; i < size; i++) {
    const worker = (options.createWorker ?? defaultWorker)();
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'loaded') {
        const init: ToWorker = { type: 'init', graph: options.graph.slice(0) };
        worker.postMessage(init, [init.graph]);
        return;
      }
      if (message.type === 'ready') {
        ready.add(worker);
        if (ready.size === workers.length) markReady();
        dispatch();
        return;
      }
      if (message.type === 'error' && message.id === -1) {
        failAll(new Error(`travel worker could not load the graph: ${message.message}`));
        return;
      }
      const job = running.get(worker);
      running.delete(worker);
      if (job && job.id === message.id) {
        settle(job);
        if (message.type === 'field') job.resolve({ minutes: message.minutes, modes: message.modes });
        else job.reject(new Error(message.message));
      }
      dispatch();
    };
    worker.onerror = (event: ErrorEvent) => failAll(new Error(`travel worker crashed: ${event.message}`));
    workers.push(worker);
  }

  return {
    computeField(sources, cutoffMinutes, fieldOptions = {}) {
      if (fatal) return Promise.reject(fatal);
      const { signal, key } = fieldOptions;
      if (signal?.aborted) return Promise.reject(abortError('the request was aborted'));
      return new Promise<TravelField>((resolve, reject) => {
        if (key !== undefined) {
          for (let i = queue.length - 1; i >= 0; i--) {
            const old = queue[i];
            if (old.key !== key) continue;
            queue.splice(i, 1);
            settle(old);
            old.reject(abortError(`superseded by a newer request for "${key}"`));
          }
        }
        const job: Job = {
          id: nextId++,
          // Copy: the caller keeps its array, and the worker message must not alias it.
          sources: Int32Array.from(sources),
          cutoffMinutes,
          key,
          signal,
          onAbort: () => {
            const at = queue.indexOf(job);
            if (at >= 0) queue.splice(at, 1);
            // A running job finishes in the worker; its result is ignored.
            job.resolve = () => {};
            job.reject(abortError('the request was aborted'));
          },
          resolve,
          reject,
        };
        signal?.addEventListener('abort', job.onAbort, { once: true });
        queue.push(job);
        dispatch();
      });
    },
    ready() {
      return allReady;
    },
    pending() {
      return queue.length + running.size;
    },
    terminate() {
      for (const worker of workers) worker.terminate();
      failAll(abortError('the travel pool was terminated'));
    },
  };
}
