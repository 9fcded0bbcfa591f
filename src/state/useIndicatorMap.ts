import { useMemo } from 'react';
import type { Offer } from '../engine/offer/offer.ts';
import { smallProgrammes, valueAtLocation } from './indicator-values.ts';
import { useIndicatorStore } from './indicators.ts';
import { useIndicatorValues } from './useIndicatorValues.ts';
import { useViewStore } from './view.ts';

export const MIN_RADIUS_PX = 3;
export const MAX_RADIUS_PX = 15;

/**
 * What the user's figures do to the map: marker radius per location when a figure sizes them
 * (area ∝ value, over the programmes that pass the qualification filter), and the set of
 * locations with a small programme when only those are to be shown.
 */
export function useIndicatorMap(offer: Offer | null): {
  radius: ReadonlyMap<string, number> | null;
  smallPlaces: ReadonlySet<string> | null;
} {
  const values = useIndicatorValues(offer);
  const sizeBy = useIndicatorStore((s) => s.sizeBy);
  const small = useIndicatorStore((s) => s.small);
  const crebos = useViewStore((s) => s.offerFilter.crebos);
  const radius = useMemo(() => {
    const sized = values.find((v) => v.indicator.id === sizeBy);
    if (!offer || !sized) return null;
    const only = crebos.length > 0 ? new Set(crebos) : null;
    const atLocation = new Map<string, number>();
    for (const key of sized.byProgramme.keys()) {
      const vestiging = key.slice(key.indexOf('|') + 1);
      if (atLocation.has(vestiging)) continue;
      const value = valueAtLocation(sized, offer, vestiging, only);
      if (value !== null && value > 0) atLocation.set(vestiging, value);
    }
    const max = Math.max(0, ...atLocation.values());
    return new Map(
      [...atLocation].map(([v, value]) => [
        v,
        MIN_RADIUS_PX + (MAX_RADIUS_PX - MIN_RADIUS_PX) * Math.sqrt(value / max),
      ]),
    );
  }, [values, sizeBy, offer, crebos]);
  const smallPlaces = useMemo(() => {
    const chosen = small?.onlySmall ? values.find((v) => v.indicator.id === small.indicatorId) : undefined;
    if (!chosen || !small) return null;
    return new Set([...smallProgrammes(chosen, small.threshold)].map((key) => key.slice(key.indexOf('|') + 1)));
  }, [values, small]);
  return { radius, smallPlaces };
}
