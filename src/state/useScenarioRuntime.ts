import { useEffect, useRef } from 'react';
import type { Gemeente, Grid, Location, Qualification } from '../data/geodata/index.ts';
import type { Offer } from '../engine/offer/index.ts';
import { startScenarioRuntime } from './scenario-runtime.ts';

export interface ScenarioRuntimeProps {
  grid: Pick<Grid, 'count' | 'pop' | 'gemeente' | 'popByYear'> | null;
  /** graph.bin's verified bytes (the metrics worker gets a copy). */
  graph: ArrayBuffer | null;
  gemeenten: readonly Gemeente[];
  locations: readonly Location[];
  qualifications: readonly Qualification[] | null;
  /** The active offer (useActiveOffer) and whether it is modelled (isModelledActive). */
  offer: Offer | null;
  modelled: boolean;
}

/**
 * Starts the scenario runtime (saved scenarios, shared link, metrics worker, effects) once the
 * grid, the graph and the qualifications are loaded, and feeds it the active offer, which
 * lives in React (useActiveOffer). Call once, high in the tree.
 */
export function useScenarioRuntime(props: ScenarioRuntimeProps): void {
  const current = useRef<{ offer: Offer; modelled: boolean } | null>(null);
  const listeners = useRef(new Set<() => void>());
  const { grid, graph, gemeenten, locations, qualifications, offer, modelled } = props;

  useEffect(() => {
    current.current = offer ? { offer, modelled } : null;
    for (const listener of listeners.current) listener();
  }, [offer, modelled]);

  useEffect(() => {
    if (!grid || !graph || !qualifications) return;
    const subscribers = listeners.current;
    return startScenarioRuntime({
      grid,
      graph,
      gemeenten,
      locations,
      qualifications,
      getOffer: () => current.current,
      subscribeOffer: (listener) => {
        subscribers.add(listener);
        return () => subscribers.delete(listener);
      },
    });
  }, [grid, graph, gemeenten, locations, qualifications]);
}
