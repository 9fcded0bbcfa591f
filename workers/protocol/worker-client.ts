import { type Answer, abortError, type FromWorker, type ToWorker, type WorkerApi } from './messages.ts';

export interface CallOptions {
  /** Aborting rejects the call with an AbortError; a call still queued is never sent. */
  signal?: AbortSignal;
  /**
   * Supersede: a new call with the same key rejects (AbortError) an older one that is still
   * queued, so a burst of changes never queues stale work. A running one finishes in the worker
   * and is dropped when its caller aborts.
   */
  key?: string;
  /** Buffers among the arguments to move to the worker instead of copying (the caller loses them). */
  transfer?: Transferable[];
  /** Called with the share done (0–1) when the handler reports progress (serve-worker's reportProgress). */
  onProgress?(fraction: number): void;
}

export interface WorkerClient<A extends WorkerApi> {
  call<M extends keyof A & string>(method: M, args: Parameters<A[M]>, options?: CallOptions): Promise<Answer<A[M]>>;
  /** Stops the workers; every pending call is rejected with an AbortError. */
  terminate(): void;
}

export interface WorkerClientOptions<A extends WorkerApi> {
  /** Names the worker in error messages ("the travel worker crashed: …"). */
  name: string;
  /** Starts one worker, e.g. `() => new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })`. */
  create(): Worker;
  /** Workers sharing the queue; each call goes to the first idle one. Default 1. */
  size?: number;
  /**
   * The first call each worker gets (its data: a graph, a grid); it takes other calls only once
   * this one answered. Called once per worker, so each can get its own transferable copy.
   */
  init?(): { method: keyof A & string; args: unknown[]; transfer?: Transferable[] };
  /**
   * Start the workers on the first call instead of with the client. For workers the first screen
   * does not need (placement, the analyses): a session that never asks for them spends no CPU
   * loading them and their copy of the data, which on a two-core machine competes with the travel
   * field the first screen waits for. Workers the first screen needs start with the client, so
   * their `init` runs while the data they are called with is still being computed.
   */
  lazy?: boolean;
}

interface Job {
  id: number;
  method: string;
  args: unknown[];
  transfer: Transferable[];
  key: string | undefined;
  onProgress: ((fraction: number) => void) | undefined;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  /** Detaches the abort listener; called when the job settles. */
  release(): void;
}

/**
 * The main-thread side of the protocol (messages.ts): a queue in front of `size` workers, one
 * call in flight per worker. Keeping the queue here, not in the worker's message queue, is what
 * makes cancel and supersede free: a dropped call was never sent.
 */
export function createWorkerClient<A extends WorkerApi>(options: WorkerClientOptions<A>): WorkerClient<A> {
  const size = options.size ?? 1;
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`worker count must be a whole number ≥ 1, got ${size}`);
  const queue: Job[] = [];
  const running = new Map<Worker, Job>();
  const idle = new Set<Worker>();
  const workers: Worker[] = [];
  let nextId = 1;
  let fatal: Error | null = null;

  const settle = (job: Job) => {
    job.release();
    job.resolve = () => {};
    job.reject = () => {};
  };

  const failAll = (error: Error) => {
    if (!fatal) fatal = error;
    for (const job of [...queue, ...running.values()]) {
      const reject = job.reject;
      settle(job);
      reject(error);
    }
    queue.length = 0;
    running.clear();
  };

  const send = (worker: Worker, job: Job) => {
    running.set(worker, job);
    const message: ToWorker = { kind: 'call', id: job.id, method: job.method, args: job.args };
    worker.postMessage(message, job.transfer);
  };

  const dispatch = () => {
    for (const worker of idle) {
      const job = queue.shift();
      if (!job) return;
      idle.delete(worker);
      send(worker, job);
    }
  };

  const newJob = (
    method: string,
    args: unknown[],
    callOptions: CallOptions,
    resolve: Job['resolve'],
    reject: Job['reject'],
  ): Job => {
    const job: Job = {
      id: nextId++,
      method,
      args,
      transfer: callOptions.transfer ?? [],
      key: callOptions.key,
      onProgress: callOptions.onProgress,
      resolve,
      reject,
      release: () => {},
    };
    const { signal } = callOptions;
    if (signal) {
      const onAbort = () => {
        const at = queue.indexOf(job);
        if (at >= 0) queue.splice(at, 1);
        const rejectJob = job.reject;
        settle(job);
        rejectJob(abortError(`${options.name}: ${method} was cancelled`));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      job.release = () => signal.removeEventListener('abort', onAbort);
    }
    return job;
  };

  const start = () => {
    for (let i = 0; i < size; i++) startWorker();
  };
  const startWorker = () => {
    const worker = options.create();
    let initialised = !options.init;
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.kind === 'loaded') {
        if (options.init) {
          const init = options.init();
          send(
            worker,
            newJob(
              init.method,
              init.args,
              { transfer: init.transfer },
              () => {},
              () => {},
            ),
          );
        } else {
          idle.add(worker);
          dispatch();
        }
        return;
      }
      const job = running.get(worker);
      if (message.kind === 'progress') {
        if (job && job.id === message.id) job.onProgress?.(message.fraction);
        return;
      }
      running.delete(worker);
      if (!initialised) {
        if (message.kind === 'error') {
          failAll(new Error(`the ${options.name} worker could not start: ${message.message}`));
          return;
        }
        initialised = true;
      } else if (job && job.id === message.id) {
        const { resolve, reject } = job;
        settle(job);
        if (message.kind === 'result') resolve(message.value);
        else reject(new Error(message.message));
      }
      if (fatal) return;
      idle.add(worker);
      dispatch();
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      failAll(new Error(`the ${options.name} worker crashed: ${event.message ?? 'no message'}`));
    };
    workers.push(worker);
  };
  if (!options.lazy) start();

  return {
    call(method, args, callOptions = {}) {
      if (fatal) return Promise.reject(fatal);
      if (workers.length === 0) start();
      if (callOptions.signal?.aborted) return Promise.reject(abortError(`${options.name}: ${method} was cancelled`));
      return new Promise((resolve, reject) => {
        const { key } = callOptions;
        if (key !== undefined) {
          for (let i = queue.length - 1; i >= 0; i--) {
            const old = queue[i];
            if (old.key !== key) continue;
            queue.splice(i, 1);
            const rejectOld = old.reject;
            settle(old);
            rejectOld(abortError(`${options.name}: superseded by a newer "${key}" call`));
          }
        }
        queue.push(newJob(method, args as unknown[], callOptions, resolve as Job['resolve'], reject));
        dispatch();
      });
    },
    terminate() {
      for (const worker of workers) worker.terminate();
      failAll(abortError(`the ${options.name} worker was stopped`));
    },
  };
}
