import { useEffect, useMemo } from 'react';
import type { Location } from '../data/geodata/types.ts';
import { useLocations } from '../data/queries/useGeodata.ts';
import type { Offer } from '../engine/offer/offer.ts';
import { type IndicatorValues, indicatorValues, joinContextFor } from './indicator-values.ts';
import { useIndicatorStore } from './indicators.ts';

// One join per (offer, indicator) however many views show it: offers and indicators are immutable values.
const cache = new WeakMap<Offer, { locations: readonly Location[]; values: WeakMap<object, IndicatorValues> }>();

function cachedValues(
  offer: Offer,
  locations: readonly Location[],
  indicator: IndicatorValues['indicator'],
): IndicatorValues {
  let entry = cache.get(offer);
  if (!entry || entry.locations !== locations) {
    entry = { locations, values: new WeakMap() };
    cache.set(offer, entry);
  }
  let values = entry.values.get(indicator);
  if (!values) {
    values = indicatorValues(indicator, joinContextFor(offer, locations));
    entry.values.set(indicator, values);
  }
  return values;
}

/** Every stored indicator joined to `offer` (empty while either is missing). */
export function useIndicatorValues(offer: Offer | null): IndicatorValues[] {
  const indicators = useIndicatorStore((s) => s.indicators);
  const locations = useLocations().data;
  return useMemo(
    () => (offer && locations ? indicators.map((indicator) => cachedValues(offer, locations, indicator)) : []),
    [offer, locations, indicators],
  );
}

/** Call once in the app root: reads the stored indicators. */
export function useIndicatorBootstrap(): void {
  useEffect(() => {
    void useIndicatorStore.getState().restore();
  }, []);
}
