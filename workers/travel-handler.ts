import { decodeGraph } from '../src/engine/graph/codec.ts';
import { createTravelSearch } from '../src/engine/travel/search.ts';
import type { TravelSearch } from '../src/engine/travel/search.ts';
import type { FromWorker, ToWorker } from './travel-protocol.ts';

export type Post = (message: FromWorker, transfer: Transferable[]) => void;

/**
 * The travel worker's message handling, apart from the worker global so it can be tested
 * directly: decode the graph once on `init`, then answer each `field` request with the
 * engine, handing the result arrays over as transferables (no copy).
 */
export function createTravelHandler(post: Post): (message: ToWorker) => void {
  let search: TravelSearch | null = null;
  return (message) => {
    if (message.type === 'init') {
      try {
        search = createTravelSearch(decodeGraph(message.graph));
        post({ type: 'ready' }, []);
      } catch (error) {
        post({ type: 'error', id: -1, message: (error as Error).message }, []);
      }
      return;
    }
    if (!search) {
      post({ type: 'error', id: message.id, message: 'the travel worker has no graph (init failed or missing)' }, []);
      return;
    }
    try {
      const start = performance.now();
      const field = search.computeField(message.sources, message.cutoffMinutes);
      const elapsedMs = performance.now() - start;
      post({ type: 'field', id: message.id, minutes: field.minutes, modes: field.modes, elapsedMs }, [field.minutes.buffer, field.modes.buffer]);
    } catch (error) {
      post({ type: 'error', id: message.id, message: (error as Error).message }, []);
    }
  };
}
