import type { Grid } from '../../data/geodata/index.ts';
import type { OutlinePath } from './isochrone.ts';
import type { IsochroneRequest, IsochroneResponse } from './isochrone-protocol.ts';

export interface IsochroneService {
  /**
   * The outline of the cells within `limit`. Resolves to null when a later call superseded this
   * one before the worker got to it: only the newest request is ever computed next.
   */
  outline(minutes: Uint16Array, limit: number, unreachable: number): Promise<OutlinePath[] | null>;
  dispose(): void;
}

interface Pending {
  id: number;
  minutes: Uint16Array;
  limit: number;
  unreachable: number;
  resolve: (paths: OutlinePath[] | null) => void;
  reject: (error: Error) => void;
}

export function createIsochroneWorker(): Worker {
  return new Worker(new URL('./isochrone.worker.ts', import.meta.url), { type: 'module', name: 'isochrone' });
}

/**
 * Runs isochroneOutline in a worker, keeping at most one request in flight and one waiting.
 * A newer request replaces the waiting one, so a burst of edits costs one outline, not many.
 */
export function createIsochroneService(grid: Pick<Grid, 'h3Hi' | 'h3Lo'>, worker: Worker = createIsochroneWorker()): IsochroneService {
  let nextId = 1;
  let inFlight: Pending | null = null;
  let waiting: Pending | null = null;

  const post = (message: IsochroneRequest, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  // Copies, so the caller's grid arrays (views into grid.bin) stay usable on the main thread.
  post({ type: 'grid', h3Hi: grid.h3Hi.slice(), h3Lo: grid.h3Lo.slice() });

  const send = (request: Pending) => {
    inFlight = request;
    const { id, minutes, limit, unreachable } = request;
    post({ type: 'outline', id, minutes, limit, unreachable }, [minutes.buffer]);
  };

  worker.onmessage = (event: MessageEvent<IsochroneResponse>) => {
    const reply = event.data;
    const done = inFlight;
    if (!done || done.id !== reply.id) return;
    inFlight = null;
    if (reply.type === 'outline') done.resolve(reply.paths);
    else done.reject(new Error(reply.message));
    if (waiting) {
      const next = waiting;
      waiting = null;
      send(next);
    }
  };
  worker.onerror = (event) => {
    const error = new Error(`isochrone worker failed: ${event.message}`);
    inFlight?.reject(error);
    waiting?.reject(error);
    inFlight = waiting = null;
  };

  return {
    outline(minutes, limit, unreachable) {
      return new Promise((resolve, reject) => {
        // Copied now: the copy is transferred to the worker, the caller keeps its field.
        const request: Pending = { id: nextId++, minutes: minutes.slice(), limit, unreachable, resolve, reject };
        if (!inFlight) {
          send(request);
          return;
        }
        waiting?.resolve(null);
        waiting = request;
      });
    },
    dispose() {
      inFlight?.resolve(null);
      waiting?.resolve(null);
      inFlight = waiting = null;
      worker.terminate();
    },
  };
}
