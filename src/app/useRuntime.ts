import { useEffect } from 'react';
import type { CoreGeodata } from '../data/queries/useCoreGeodata.ts';
import { useGraphBytes, useGrid, useQualifications } from '../data/queries/useGeodata.ts';
import { startRuntime } from './runtime.ts';

/**
 * Starts the runtime (startRuntime) once the grid, the graph and the qualifications are loaded,
 * and stops it when the layout goes. Call once, in the app layout.
 */
export function useRuntime(data: CoreGeodata): void {
  const grid = useGrid().data;
  const graph = useGraphBytes().data;
  const qualifications = useQualifications().data;
  const { gemeenten, locations } = data;
  useEffect(() => {
    if (!grid || !graph || !qualifications) return;
    return startRuntime({ grid, graph, gemeenten, locations, qualifications });
  }, [grid, graph, qualifications, gemeenten, locations]);
}
