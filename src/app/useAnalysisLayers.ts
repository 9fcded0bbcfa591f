import type { Layer } from '@deck.gl/core';
import { useMemo } from 'react';
import { useGrid } from '../data/queries/useGeodata.ts';
import { useDeltaLayer } from '../map/delta/useDeltaLayer.ts';
import { useEarlyWarningLayer } from '../map/early-warning/useEarlyWarningLayer.ts';
import { buildCellList } from '../map/travel/cell-list.ts';
import { useTravelLayers } from '../map/travel/useTravelLayers.ts';

/**
 * The analysis layers for MapView's `layersBelowLocations`: the travel field first, the
 * scenario delta on top of it, the early-warning circles on top of both. Call once, in the app layout.
 */
export function useAnalysisLayers(): readonly Layer[] {
  const grid = useGrid().data ?? null;
  const travelLayers = useTravelLayers();
  const cells = useMemo(() => (grid ? buildCellList(grid) : null), [grid]);
  const deltaLayer = useDeltaLayer(cells);
  const earlyWarningLayer = useEarlyWarningLayer();
  return useMemo(
    () => [...travelLayers, ...(deltaLayer ? [deltaLayer] : []), ...(earlyWarningLayer ? [earlyWarningLayer] : [])],
    [travelLayers, deltaLayer, earlyWarningLayer],
  );
}
