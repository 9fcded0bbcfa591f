import { type FromWorker, isTransferred, type ToWorker, type WorkerApi } from './messages.ts';

export type Post = (message: FromWorker, transfer: Transferable[]) => void;

// The call being handled: a worker runs one call at a time (the client sends the next only after an answer).
let running: { id: number; post: Post } | null = null;

/**
 * For a handler of a long call: tells the caller how far it is (0–1). The client passes it to
 * the call's `onProgress`; outside a call it does nothing.
 */
export function reportProgress(fraction: number): void {
  running?.post({ kind: 'progress', id: running.id, fraction }, []);
}

/**
 * The worker side of the protocol, apart from the worker global so it can be tested directly:
 * runs the named handler and posts its answer (moving its buffers when it used withTransfer),
 * or the error's message. A failing call never stops the worker.
 */
export function createDispatcher(api: WorkerApi, post: Post): (message: ToWorker) => Promise<void> {
  return async (message) => {
    const handler = Object.hasOwn(api, message.method) ? api[message.method] : undefined;
    try {
      if (!handler) throw new Error(`the worker has no method "${message.method}"`);
      running = { id: message.id, post };
      const answer = await handler(...message.args);
      running = null;
      if (isTransferred(answer)) post({ kind: 'result', id: message.id, value: answer.value }, answer.transfer);
      else post({ kind: 'result', id: message.id, value: answer }, []);
    } catch (error) {
      running = null;
      post({ kind: 'error', id: message.id, message: error instanceof Error ? error.message : String(error) }, []);
    }
  };
}

/** Call once at the top of a `*.worker.ts` file: serves `api` and announces that it is loaded. */
export function serveWorker(api: WorkerApi): void {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  const dispatch = createDispatcher(api, (message, transfer) => scope.postMessage(message, transfer));
  scope.onmessage = (event: MessageEvent<ToWorker>) => void dispatch(event.data);
  scope.postMessage({ kind: 'loaded' } satisfies FromWorker);
}
