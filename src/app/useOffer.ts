import { useMemo } from 'react';
import type { Location, Qualification } from '../data/geodata/index.ts';
import { useGrid } from '../data/queries/useGeodata.ts';
import { filterLocations, isOfferFilterActive } from '../engine/offer/filter.ts';
import type { Offer } from '../engine/offer/offer.ts';
import { useActiveOffer, useActiveQualifications, useDatasetBootstrap } from '../state/dataset.ts';
import { useViewStore } from '../state/view.ts';

export type OfferState =
  | { status: 'pending' }
  | { status: 'error'; error: Error }
  | {
      status: 'ready';
      offer: Offer;
      qualifications: Qualification[];
      /** brinvests passing the offer filter; null when no offer filter is active. */
      offerPlaces: ReadonlySet<string> | null;
    };

/**
 * The active offer (modelled or imported) with what it needs: the qualifications and the grid.
 * Loaded after the map, and apart from it: a missing offer file is reported in the offer panels
 * while the map of locations keeps working. Call once, in the app layout.
 */
export function useOffer(locations: readonly Location[]): OfferState {
  const dataset = useDatasetBootstrap();
  const qualifications = useActiveQualifications();
  const grid = useGrid();
  const offerFilter = useViewStore((s) => s.offerFilter);
  const context = useMemo(
    () =>
      qualifications.data && grid.data
        ? { locations, qualifications: qualifications.data, cellLon: grid.data.lon, cellLat: grid.data.lat }
        : null,
    [locations, qualifications.data, grid.data],
  );
  const offer = useActiveOffer(context);
  const offerPlaces = useMemo(
    () => (offer && isOfferFilterActive(offerFilter) ? filterLocations(offer, offerFilter) : null),
    [offer, offerFilter],
  );
  const error = dataset.error ?? qualifications.error ?? grid.error;
  if (error) return { status: 'error', error };
  if (!offer || !qualifications.data || !dataset.ready) return { status: 'pending' };
  return { status: 'ready', offer, qualifications: qualifications.data, offerPlaces };
}
