import { useEffect, useRef } from 'react';
import type { Grid } from '../data/geodata/index.ts';
import type { Offer } from '../engine/offer/index.ts';
import { startTravelRuntime } from './travel-runtime.ts';

export interface TravelRuntimeProps {
  grid: Pick<Grid, 'count' | 'h3Hi' | 'h3Lo'> | null;
  /** graph.bin's verified bytes (each travel worker gets a copy). */
  graph: ArrayBuffer | null;
  /** The active offer (useActiveOffer) and whether it is modelled (isModelledActive). */
  offer: Offer | null;
  modelled: boolean;
}

/**
 * Starts the travel runtime (worker pool, isochrone worker, URL sync, effects) once the grid and
 * the graph are loaded, and feeds it the active offer, which lives in React. Call once, high in
 * the tree (next to useScenarioRuntime).
 */
export function useTravelRuntime({ grid, graph, offer, modelled }: TravelRuntimeProps): void {
  const current = useRef<{ offer: Offer; modelled: boolean } | null>(null);
  const listeners = useRef(new Set<() => void>());

  useEffect(() => {
    current.current = offer ? { offer, modelled } : null;
    for (const listener of listeners.current) listener();
  }, [offer, modelled]);

  useEffect(() => {
    if (!grid || !graph) return;
    const subscribers = listeners.current;
    return startTravelRuntime({
      grid,
      graph,
      getOffer: () => current.current,
      subscribeOffer: (listener) => {
        subscribers.add(listener);
        return () => subscribers.delete(listener);
      },
    });
  }, [grid, graph]);
}
