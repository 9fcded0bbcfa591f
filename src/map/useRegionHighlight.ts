import { bbox } from '@turf/bbox';
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { REGION_HIGHLIGHT_SOURCE } from './basemap-style.ts';

/**
 * Outlines the region the list is filtered on and brings it into view when the choice changes
 * (not on start-up: a link's own camera wins).
 */
export function useRegionHighlight(map: MapLibreMap | null, styleReady: boolean, area: FeatureCollection): void {
  const shown = useRef(area);
  useEffect(() => {
    if (!map || !styleReady) return;
    map.getSource<GeoJSONSource>(REGION_HIGHLIGHT_SOURCE)?.setData(area);
    if (shown.current !== area && area.features.length > 0) {
      const [west, south, east, north] = bbox(area);
      map.fitBounds(
        [
          [west, south],
          [east, north],
        ],
        { padding: 40 },
      );
    }
    shown.current = area;
  }, [map, styleReady, area]);
}
