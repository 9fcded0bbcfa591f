import './maplibre-worker.ts';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { MapLibreEvent, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Location } from '../data/geodata/index.ts';
import type { CoreGeodata } from '../data/queries/useCoreGeodata.ts';
import { useT } from '../i18n/index.ts';
import { useSelectionStore } from '../state/selection.ts';
import { useViewStore } from '../state/view.ts';
import { basemapGeometry, regionArea } from './basemap-geometry.ts';
import { createBaseMap } from './create-base-map.ts';
import { type HoveredLocation, LocationTooltip } from './LocationTooltip.tsx';
import { LOCATIONS_LAYER_ID, locationsLayer, selectedLocationLayer, soortByBrin } from './locations-layer.ts';
import type { OverlayLine } from './overlay-lines.ts';
import { placeLabels, placeLabelsLayer } from './place-labels-layer.ts';
import { useControlLabels } from './useControlLabels.ts';
import { type ResetViewEventData, useFlyRequests } from './useFlyRequests.ts';
import { useOverlayLines } from './useOverlayLines.ts';
import { useRegionHighlight } from './useRegionHighlight.ts';

interface MapViewProps {
  data: CoreGeodata;
  /** Attribution texts of the drawn sources (see mapAttribution). */
  attribution: readonly string[];
  /** The locations passing the filters; the others are not drawn. */
  visibleLocations: readonly Location[];
  /** Further deck.gl layers (e.g. the travel field), drawn beneath the place labels and locations. */
  layersBelowLocations?: readonly Layer[];
  /** Lines over the data layers (an isochrone, region borders), drawn by MapLibre; see MapOverlay. */
  lines?: readonly OverlayLine[];
  /** Marker radius per brinvest (pixels) when one of the user's figures sizes the locations. */
  locationRadius?: ReadonlyMap<string, number> | null;
  /** Told the MapLibre map once it exists and null when it goes (e.g. to link two maps' cameras). */
  onMapChange?: (map: MapLibreMap | null) => void;
}

/** A stable empty default: a fresh [] per render would rebuild the deck layers on every hover. */
const NO_LAYERS: readonly Layer[] = [];
const NO_LINES: readonly OverlayLine[] = [];

function pickedLocation(info: PickingInfo): Location | null {
  return info.layer?.id.startsWith(LOCATIONS_LAYER_ID) && info.object ? (info.object as Location) : null;
}

/**
 * The map: a MapLibre basemap built from bundled data, with the deck.gl layers interleaved
 * into it. The component owns the map's lifecycle; what is drawn comes from the stores.
 */
export function MapView({
  data,
  attribution,
  visibleLocations,
  layersBelowLocations = NO_LAYERS,
  lines = NO_LINES,
  locationRadius = null,
  onMapChange,
}: MapViewProps) {
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
      created = createBaseMap(container, geometry, attribution, camera);
    } catch (error) {
      console.error('Regiekaart: the map could not be created', error);
      setUnavailable(true);
      return;
    }
    const overlay = new MapLibreOverlay({
      interleaved: true,
      layers: [],
      // A flat map: stacking comes from layer order alone. With the overlay's default depth test,
      // deck.gl fragments over land lose against the depth MapLibre's opaque land fill writes,
      // and dots and labels over land vanish (seen in SwiftShader).
      parameters: { depthCompare: 'always', depthWriteEnabled: false },
    });
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
        locationsLayer({ locations: data.locations, soortByBrin: soorts, visible, selected, radius: locationRadius }),
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
  }, [
    map,
    layersBelowLocations,
    labels,
    labelZoom,
    data.locations,
    soorts,
    visible,
    selected,
    selectedLocation,
    select,
    locationRadius,
  ]);

  useEffect(() => {
    if (!map || !onMapChange) return;
    onMapChange(map);
    return () => onMapChange(null);
  }, [map, onMapChange]);

  useFlyRequests(map);
  useRegionHighlight(map, styleReady, highlighted);
  useOverlayLines(map, styleReady, lines);
  useControlLabels(map, t);

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
