import type { Layer } from '@deck.gl/core';
import { useMemo } from 'react';
import type { Location } from '../data/geodata/index.ts';
import { useGrid } from '../data/queries/useGeodata.ts';
import { useCatchmentLayers } from '../map/catchment/useCatchmentLayers.ts';
import { useDeltaLayer } from '../map/delta/useDeltaLayer.ts';
import { useEarlyWarningLayer } from '../map/early-warning/useEarlyWarningLayer.ts';
import { useTravelChangeLayers } from '../map/travel-change/useTravelChangeLayers.ts';
import { buildCellList } from '../map/travel/cell-list.ts';
import { usePlacementLayers } from '../map/placement/usePlacementLayers.ts';
import { useTravelLayers } from '../map/travel/useTravelLayers.ts';

/**
 * The analysis layers for MapView's `layersBelowLocations`: the travel field first, the
 * scenario delta on top of it (or, when the user colours the map by serving institution, the
 * catchment layers instead of the delta), the early-warning circles on top of both, the open
 * placement question's locations on top of all. Call once, in the app layout.
 */
export function useAnalysisLayers(locations: readonly Location[]): readonly Layer[] {
  const grid = useGrid().data ?? null;
  const travelLayers = useTravelLayers();
  const cells = useMemo(() => (grid ? buildCellList(grid) : null), [grid]);
  const deltaLayer = useDeltaLayer(cells);
  const changeLayers = useTravelChangeLayers(grid, cells);
  const earlyWarningLayer = useEarlyWarningLayer();
  const catchmentLayers = useCatchmentLayers(cells);
  const placementLayers = usePlacementLayers(locations);
  return useMemo(
    () => [
      ...travelLayers,
      ...(catchmentLayers ?? (deltaLayer ? [deltaLayer] : [])),
      ...changeLayers,
      ...(earlyWarningLayer ? [earlyWarningLayer] : []),
      ...placementLayers,
    ],
    [travelLayers, deltaLayer, catchmentLayers, changeLayers, earlyWarningLayer, placementLayers],
  );
}
