import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import type { Messages } from '../i18n/index.ts';

/** MapLibre's own controls take their labels at creation; this keeps them in the current language. */
export function useControlLabels(map: MapLibreMap | null, t: Messages): void {
  useEffect(() => {
    if (!map) return;
    map.getCanvas().setAttribute('aria-label', t.map);
    const label = (selector: string, text: string) => {
      const element = map.getContainer().querySelector(selector);
      element?.setAttribute('aria-label', text);
      element?.setAttribute('title', text);
    };
    label('.maplibregl-ctrl-zoom-in', t.zoomIn);
    label('.maplibregl-ctrl-zoom-out', t.zoomOut);
    label('.maplibregl-ctrl-attrib-button', t.toggleAttribution);
  }, [map, t]);
}
