import { useMemo } from 'react';
import type { Location } from '../data/geodata/index.ts';
import { filterLocations, isOfferFilterActive } from '../engine/offer/filter.ts';
import { type OfferState, useDatasetBootstrap, useDatasetStore } from '../state/dataset.ts';
import { useViewStore } from '../state/view.ts';

/**
 * The active offer (modelled or imported, built in the dataset store) for the layout. Loaded
 * after the map, and apart from it: a missing offer file is reported in the offer panels while
 * the map of locations keeps working. Call once, in the app layout.
 */
export function useOffer(locations: readonly Location[]): OfferState {
  const dataset = useDatasetBootstrap(locations);
  const active = useDatasetStore((s) => s.activeOffer);
  // The active offer's list: the bundled one with an imported file's own qualifications merged in.
  const qualifications = active?.qualifications ?? null;
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
