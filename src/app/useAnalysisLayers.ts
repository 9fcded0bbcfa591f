import type { Layer } from '@deck.gl/core';
import { useMemo } from 'react';
import type { CoreGeodata } from '../data/queries/useCoreGeodata.ts';
import { useGraphBytes, useGrid } from '../data/queries/useGeodata.ts';
import { useDeltaLayer } from '../map/delta/useDeltaLayer.ts';
import { buildCellList } from '../map/travel/cell-list.ts';
import { useTravelLayers } from '../map/travel/useTravelLayers.ts';
import { isModelledActive, useDatasetStore } from '../state/dataset.ts';
import { useScenarioRuntime } from '../state/useScenarioRuntime.ts';
import { useTravelRuntime } from '../state/useTravelRuntime.ts';
import type { OfferState } from './useOffer.ts';

/**
 * Starts the travel and scenario runtimes (workers, URL sync, effects) once the grid, the graph
 * and the offer are in, and returns their map layers for MapView's `layersBelowLocations`: the
 * travel field first, the scenario delta on top of it. Call once, in the app layout.
 */
export function useAnalysisLayers(data: CoreGeodata, offer: OfferState): readonly Layer[] {
  const grid = useGrid().data ?? null;
  const graph = useGraphBytes().data ?? null;
  const modelled = useDatasetStore(isModelledActive);
  const ready = offer.status === 'ready' ? offer : null;

  useTravelRuntime({ grid, graph, offer: ready?.offer ?? null, modelled });
  useScenarioRuntime({
    grid,
    graph,
    gemeenten: data.gemeenten,
    locations: data.locations,
    qualifications: ready?.qualifications ?? null,
    offer: ready?.offer ?? null,
    modelled,
  });

  const travelLayers = useTravelLayers();
  const cells = useMemo(() => (grid ? buildCellList(grid) : null), [grid]);
  const deltaLayer = useDeltaLayer(cells);
  return useMemo(() => (deltaLayer ? [...travelLayers, deltaLayer] : travelLayers), [travelLayers, deltaLayer]);
}
