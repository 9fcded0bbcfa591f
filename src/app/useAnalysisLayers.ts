import { useMemo } from 'react';
import type { Location } from '../data/geodata/index.ts';
import { useGrid } from '../data/queries/useGeodata.ts';
import { useCatchmentLayers } from '../map/catchment/useCatchmentLayers.ts';
import { useDeltaLayer } from '../map/delta/useDeltaLayer.ts';
import { useEarlyWarningLayer } from '../map/early-warning/useEarlyWarningLayer.ts';
import { joinOverlays, type MapOverlay } from '../map/overlay-lines.ts';
import { usePlacementLayers } from '../map/placement/usePlacementLayers.ts';
import { buildCellList } from '../map/travel/cell-list.ts';
import { useTravelLayers } from '../map/travel/useTravelLayers.ts';
import { useTravelChangeLayers } from '../map/travel-change/useTravelChangeLayers.ts';

/**
 * The analysis layers and lines for MapView: the travel field first, the
 * scenario delta on top of it (or, when the user colours the map by serving institution, the
 * catchment layers instead of the delta), the early-warning circles on top of both, the open
 * placement question's locations on top of all. Call once, in the app layout.
 */
export function useAnalysisLayers(locations: readonly Location[]): MapOverlay {
  const grid = useGrid().data ?? null;
  const travelLayers = useTravelLayers();
  const cells = useMemo(() => (grid ? buildCellList(grid) : null), [grid]);
  const deltaLayer = useDeltaLayer(cells);
  const changeLayers = useTravelChangeLayers(grid, cells);
  const earlyWarningLayer = useEarlyWarningLayer();
  const catchmentLayers = useCatchmentLayers(cells);
  const placementLayers = usePlacementLayers(locations);
  return useMemo(
    () =>
      joinOverlays([
        travelLayers,
        catchmentLayers ?? { layers: deltaLayer ? [deltaLayer] : [], lines: [] },
        {
          layers: [...changeLayers, ...(earlyWarningLayer ? [earlyWarningLayer] : []), ...placementLayers],
          lines: [],
        },
      ]),
    [travelLayers, deltaLayer, catchmentLayers, changeLayers, earlyWarningLayer, placementLayers],
  );
}
