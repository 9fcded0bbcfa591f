import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { useViewStore } from '../state/view.ts';
import { FIT_PADDING, NETHERLANDS_BOUNDS } from './netherlands.ts';

/** Marks a camera move back to the default view, so the URL stores "default", not a camera. */
export interface ResetViewEventData {
  resetView?: boolean;
}

/** Carries out the camera requests of the search box and the "whole country" button. */
export function useFlyRequests(map: MapLibreMap | null): void {
  useEffect(() => {
    if (!map) return;
    // Requests made before this map existed are already reflected in its starting camera.
    let lastSeq = useViewStore.getState().flyRequest?.seq ?? 0;
    return useViewStore.subscribe(({ flyRequest }) => {
      if (!flyRequest || flyRequest.seq === lastSeq) return;
      lastSeq = flyRequest.seq;
      const { target } = flyRequest;
      if (target === 'netherlands') {
        map.fitBounds(NETHERLANDS_BOUNDS, { padding: FIT_PADDING }, { resetView: true } satisfies ResetViewEventData);
      } else if ('bounds' in target) {
        map.fitBounds(target.bounds, { padding: 60, maxZoom: target.maxZoom });
      } else {
        map.flyTo({ center: [target.lon, target.lat], zoom: target.zoom });
      }
    });
  }, [map]);
}
