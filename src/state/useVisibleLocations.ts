import { useMemo } from 'react';
import type { Location } from '../data/geodata/index.ts';
import { visibleLocations } from './selectors/visible-locations.ts';
import { useViewStore } from './view.ts';

/**
 * The locations passing the current filters, recomputed only when they change. `offerPlaces`
 * is the set the offer filter allows, or null when no offer filter is active.
 */
export function useVisibleLocations(locations: readonly Location[], offerPlaces: ReadonlySet<string> | null): Location[] {
  const filters = useViewStore((s) => s.filters);
  return useMemo(() => visibleLocations(locations, filters, offerPlaces), [locations, filters, offerPlaces]);
}
