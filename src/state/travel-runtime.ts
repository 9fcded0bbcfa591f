import type { Grid } from '../data/geodata/index.ts';
import type { Offer } from '../engine/offer/index.ts';
import { UNREACHABLE } from '../engine/travel/index.ts';
import { createIsochroneService, type IsochroneService } from '../map/travel/isochrone-client.ts';
import { createTravelPool, type TravelPool } from '../../workers/travelPool.ts';
import { startTravelEffects, type TravelOfferView } from './travel-effects.ts';
import { startTravelUrlSync } from './travel-url.ts';

/** Workers in the travel pool: the issue asks for at least two, and the target machine has two cores. */
const POOL_SIZE = 2;
/** One queue key: a new choice drops a field request that has not started yet. */
const FIELD_REQUEST_KEY = 'travel-field';

export interface TravelRuntimeInput {
  grid: Pick<Grid, 'count' | 'h3Hi' | 'h3Lo'>;
  /** graph.bin's bytes, verified against the manifest (loadVerifiedGraph); each worker gets a copy. */
  graph: ArrayBuffer;
  /** The active offer (src/state/dataset.ts), or null while it loads. */
  getOffer(): { offer: Offer; modelled: boolean } | null;
  /** Calls `listener` whenever getOffer() may return something new; returns an unsubscribe. */
  subscribeOffer(listener: () => void): () => void;
  /** For tests: a pool and an isochrone service instead of real workers. */
  pool?: Pick<TravelPool, 'computeField' | 'terminate'>;
  isochrone?: IsochroneService;
}

/**
 * Everything the travel view needs at run time, started in one call once the grid and the graph
 * are loaded: the worker pool, the isochrone worker, the URL sync of crebo and limits, and the
 * effects that feed the field. Returns a function that stops it all.
 */
export function startTravelRuntime(input: TravelRuntimeInput): () => void {
  const pool = input.pool ?? createTravelPool({ graph: input.graph, size: POOL_SIZE });
  const isochrone = input.isochrone ?? createIsochroneService(input.grid);

  // One view per offer object, so the effects can tell a new offer by identity.
  let lastOffer: Offer | null = null;
  let lastView: TravelOfferView | null = null;
  const getOffer = (): TravelOfferView | null => {
    const active = input.getOffer();
    if (!active) return null;
    if (active.offer !== lastOffer || lastView?.modelled !== active.modelled) {
      const offer = active.offer;
      lastOffer = offer;
      lastView = {
        modelled: active.modelled,
        vestigingenFor: (niveau, crebo) => offer.vestigingenFor(niveau, crebo),
        cellOf: (id) => offer.place(id)?.cell ?? -1,
      };
    }
    return lastView;
  };

  const stops = [
    startTravelUrlSync(),
    startTravelEffects({
      computeField: (sources, cutoff) => pool.computeField(sources, cutoff, { key: FIELD_REQUEST_KEY }),
      outline: (minutes, limit, unreachable) => isochrone.outline(minutes, limit, unreachable),
      unreachable: UNREACHABLE,
      cellCount: input.grid.count,
      getOffer,
      subscribeOffer: input.subscribeOffer,
    }),
  ];
  return () => {
    for (const stop of stops.reverse()) stop();
    pool.terminate();
    isochrone.dispose();
  };
}
