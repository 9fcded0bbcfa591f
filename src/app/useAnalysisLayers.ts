import type { Layer } from '@deck.gl/core';
import { useMemo } from 'react';
import type { Location } from '../data/geodata/index.ts';
import { useGrid } from '../data/queries/useGeodata.ts';
import { useDeltaLayer } from '../map/delta/useDeltaLayer.ts';
import { buildCellList } from '../map/travel/cell-list.ts';
import { usePlacementLayers } from '../map/placement/usePlacementLayers.ts';
import { useTravelLayers } from '../map/travel/useTravelLayers.ts';

/**
 * The analysis layers for MapView's `layersBelowLocations`: the travel field first, the
 * scenario delta on top of it, the open placement question's locations on top. Call once, in
 * the app layout.
 */
export function useAnalysisLayers(locations: readonly Location[]): readonly Layer[] {
  const grid = useGrid().data ?? null;
  const travelLayers = useTravelLayers();
  const cells = useMemo(() => (grid ? buildCellList(grid) : null), [grid]);
  const deltaLayer = useDeltaLayer(cells);
  const placementLayers = usePlacementLayers(locations);
  return useMemo(
    () => [...travelLayers, ...(deltaLayer ? [deltaLayer] : []), ...placementLayers],
    [travelLayers, deltaLayer, placementLayers],
  );
}
