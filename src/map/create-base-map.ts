import { AttributionControl, Map as MapLibreMap, NavigationControl } from 'maplibre-gl';
import type { Camera } from '../state/view.ts';
import type { BasemapGeometry } from './basemap-geometry.ts';
import { basemapStyle } from './basemap-style.ts';
import { FIT_PADDING, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, NETHERLANDS_BOUNDS } from './netherlands.ts';

/**
 * A MapLibre map on the bundled basemap, at `camera` or fitted to the Netherlands. Throws when
 * the browser cannot give it a WebGL context.
 */
export function createBaseMap(
  container: HTMLElement,
  geometry: BasemapGeometry,
  attribution: readonly string[],
  camera: Camera | null,
): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style: basemapStyle(geometry),
    ...(camera
      ? { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom }
      : { bounds: NETHERLANDS_BOUNDS, fitBoundsOptions: { padding: FIT_PADDING } }),
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    maxBounds: MAX_BOUNDS,
    renderWorldCopies: false,
    // A map of a flat country: rotation and pitch only disorient.
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    attributionControl: false,
    // The PNG export and the report read this canvas after the frame (src/panels/export).
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new AttributionControl({ compact: true, customAttribution: [...attribution] }), 'bottom-right');
  return map;
}
