import { useMemo } from 'react';
import type { Location, Qualification } from '../data/geodata/index.ts';
import { filterLocations, isOfferFilterActive } from '../engine/offer/filter.ts';
import type { Offer } from '../engine/offer/offer.ts';
import { useDatasetBootstrap, useDatasetStore } from '../state/dataset.ts';
import { useViewStore } from '../state/view.ts';

export type OfferState =
  | { status: 'pending' }
  | { status: 'error'; error: Error }
  | {
      status: 'ready';
      offer: Offer;
      qualifications: readonly Qualification[];
      /** brinvests passing the offer filter; null when no offer filter is active. */
      offerPlaces: ReadonlySet<string> | null;
    };

/**
 * The active offer (modelled or imported, built in the dataset store) for the layout. Loaded
 * after the map, and apart from it: a missing offer file is reported in the offer panels while
 * the map of locations keeps working. Call once, in the app layout.
 */
export function useOffer(locations: readonly Location[]): OfferState {
  const dataset = useDatasetBootstrap(locations);
  const active = useDatasetStore((s) => s.activeOffer);
  const qualifications = useDatasetStore((s) => s.context?.qualifications ?? null);
  const offerFilter = useViewStore((s) => s.offerFilter);
  const offer = active?.offer ?? null;
  const offerPlaces = useMemo(
    () => (offer && isOfferFilterActive(offerFilter) ? filterLocations(offer, offerFilter) : null),
    [offer, offerFilter],
  );
  if (dataset.error) return { status: 'error', error: dataset.error };
  if (!offer || !qualifications || !dataset.ready) return { status: 'pending' };
  return { status: 'ready', offer, qualifications, offerPlaces };
}
