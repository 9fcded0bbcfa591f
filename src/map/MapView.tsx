import './maplibreWorker.ts';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { bbox } from '@turf/turf';
import {
  AttributionControl, Map as MapLibreMap, NavigationControl, type GeoJSONSource, type MapLibreEvent,
} from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Location } from '../data/geodata/index.ts';
import type { CoreGeodata } from '../data/queries/useCoreGeodata.ts';
import { useT } from '../i18n/index.ts';
import { useSelectionStore } from '../state/selection.ts';
import { useViewStore } from '../state/view.ts';
import { basemapGeometry, regionArea } from './basemapGeometry.ts';
import { basemapStyle, REGION_HIGHLIGHT_SOURCE } from './basemapStyle.ts';
import { LocationTooltip, type HoveredLocation } from './LocationTooltip.tsx';
import { LOCATIONS_LAYER_ID, locationsLayer, selectedLocationLayer, soortByBrin } from './locationsLayer.ts';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, NETHERLANDS_BOUNDS } from './netherlands.ts';
import { placeLabels, placeLabelsLayer } from './placeLabelsLayer.ts';

interface MapViewProps {
  data: CoreGeodata;
  /** Attribution texts of the drawn sources (see mapAttribution). */
  attribution: readonly string[];
  /** The locations passing the filters; the others are not drawn. */
  visibleLocations: readonly Location[];
  /** Further deck.gl layers (e.g. the travel field), drawn beneath the place labels and locations. */
  layersBelowLocations?: readonly Layer[];
}

const FIT_PADDING = 24;

/** Marks a camera move that returns to the default view, so the URL stores "default", not a camera. */
interface ResetViewEventData {
  resetView?: boolean;
}

function pickedLocation(info: PickingInfo): Location | null {
  return info.layer?.id.startsWith(LOCATIONS_LAYER_ID) && info.object ? (info.object as Location) : null;
}

/**
 * The map: a MapLibre basemap built from bundled data, with the deck.gl layers interleaved
 * into it. The component owns the map's lifecycle; what is drawn comes from the stores.
 */
export function MapView({ data, attribution, visibleLocations, layersBelowLocations = [] }: MapViewProps) {
  const t = useT();
  const containerRef = useRef<HTMLDivElement>(null);
  const overlayRef = useRef<MapLibreOverlay | null>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [styleReady, setStyleReady] = useState(false);
  const [unavailable, setUnavailable] = useState(false);
  const [hovered, setHovered] = useState<HoveredLocation | null>(null);

  const geometry = useMemo(() => basemapGeometry(data.basemap, data.regions), [data.basemap, data.regions]);
  const soorts = useMemo(() => soortByBrin(data.institutions), [data.institutions]);
  const labels = useMemo(() => placeLabels(data.places), [data.places]);
  const [labelZoom, setLabelZoom] = useState(0);
  const visible = useMemo(() => new Set(visibleLocations.map((l) => l.brinvest)), [visibleLocations]);
  const selected = useSelectionStore((s) => s.brinvest);
  const select = useSelectionStore((s) => s.select);
  const selectedLocation = useMemo(
    () => data.locations.find((l) => l.brinvest === selected) ?? null,
    [data.locations, selected],
  );
  const filters = useViewStore((s) => s.filters);
  const highlighted = useMemo(
    () => regionArea(geometry, filters.regionLayer, filters.region),
    [geometry, filters.regionLayer, filters.region],
  );

  // The map itself: created once per basemap, starting where the view store says.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const { camera, setCamera } = useViewStore.getState();
    let created: MapLibreMap;
    try {
      created = new MapLibreMap({
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
      });
    } catch (error) {
      console.error('Regiekaart: the map could not be created', error);
      setUnavailable(true);
      return;
    }
    created.touchZoomRotate.disableRotation();
    created.keyboard.disableRotation();
    created.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    created.addControl(new AttributionControl({ compact: true, customAttribution: [...attribution] }), 'bottom-right');
    const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
    created.addControl(overlay);
    overlayRef.current = overlay;
    created.on('moveend', (event: MapLibreEvent & ResetViewEventData) => {
      if (event.resetView) return setCamera(null);
      const center = created.getCenter();
      setCamera({ lon: center.lng, lat: center.lat, zoom: created.getZoom() });
    });
    created.on('load', () => setStyleReady(true));
    // A tooltip belongs to a pointer position; once the map moves or resizes it points elsewhere.
    const clearHover = () => setHovered(null);
    created.on('movestart', clearHover);
    created.on('resize', clearHover);
    // Label decluttering follows the zoom in steps of 0.05: fine enough that labels never
    // visibly overlap, coarse enough not to re-render React on every animation frame.
    const followZoom = () => setLabelZoom(Math.floor(created.getZoom() * 20) / 20);
    followZoom();
    created.on('zoom', followZoom);
    created.on('error', (event) => console.error('Regiekaart: map error', event.error));
    // Test handle: lets the browser tests project a location to screen pixels and wait for idle.
    (window as { __regiekaartMap?: MapLibreMap }).__regiekaartMap = created;
    setMap(created);
    return () => {
      overlayRef.current = null;
      created.remove();
      setMap(null);
      setStyleReady(false);
    };
  }, [geometry, attribution]);

  // The deck.gl layers: rebuilt as cheap descriptors on every change; their data stays stable.
  useEffect(() => {
    if (!map) return;
    overlayRef.current?.setProps({
      layers: [
        ...layersBelowLocations,
        placeLabelsLayer(labels, labelZoom),
        locationsLayer({ locations: data.locations, soortByBrin: soorts, visible, selected }),
        selectedLocationLayer(selectedLocation, soorts),
      ],
      onHover: (info: PickingInfo) => {
        const location = pickedLocation(info);
        setHovered(location ? { location, x: info.x, y: info.y } : null);
        map.getCanvas().style.cursor = location ? 'pointer' : '';
      },
      onClick: (info: PickingInfo) => {
        const location = pickedLocation(info);
        if (location) select(location.brinvest);
        else if (!info.object) select(null);
      },
    });
  }, [map, layersBelowLocations, labels, labelZoom, data.locations, soorts, visible, selected, selectedLocation, select]);

  // Camera requests from the search box and the "whole country" button.
  useEffect(() => {
    if (!map) return;
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

  // Outline the region the list is filtered on, and bring it into view when the choice changes
  // (not on start-up: a link's own camera wins).
  const shownRegion = useRef(highlighted);
  useEffect(() => {
    if (!map || !styleReady) return;
    map.getSource<GeoJSONSource>(REGION_HIGHLIGHT_SOURCE)?.setData(highlighted);
    if (shownRegion.current !== highlighted && highlighted.features.length > 0) {
      const [west, south, east, north] = bbox(highlighted);
      map.fitBounds([[west, south], [east, north]], { padding: 40 });
    }
    shownRegion.current = highlighted;
  }, [map, styleReady, highlighted]);

  // MapLibre's own controls take their labels at creation; keep them in the current language.
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

  return (
    <div className="map-view">
      <div ref={containerRef} className="map-canvas" data-testid="map" data-map-ready={styleReady ? 'true' : 'false'} />
      {unavailable && (
        <div className="map-unavailable" role="alert">
          {t.mapUnavailable}
        </div>
      )}
      {hovered && <LocationTooltip hovered={hovered} />}
    </div>
  );
}
