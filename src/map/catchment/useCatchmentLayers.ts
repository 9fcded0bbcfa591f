import { useMemo } from 'react';
import { useCatchmentEffectStore, useCatchmentMapStore } from '../../state/catchment-effect.ts';
import { useScenarioStore } from '../../state/scenario.ts';
import type { MapOverlay } from '../overlay-lines.ts';
import { buildCatchmentLayers } from './catchment-layer.ts';

/**
 * The catchment layers and lines while the user asked for them ("Effect op anderen" → colour the map) and
 * a result fits the grid; null otherwise, so the caller draws the delta map instead.
 */
export function useCatchmentLayers(cells: readonly string[] | null): MapOverlay | null {
  const on = useCatchmentMapStore((s) => s.on);
  const { value, version, stale } = useCatchmentEffectStore();
  const showAfter = useScenarioStore((s) => s.view.showAfter);
  return useMemo(() => {
    if (!on || !cells || !value || value.before.servedBy.length !== cells.length) return null;
    return buildCatchmentLayers({ cells, effect: value, version, showAfter, stale });
  }, [on, cells, value, version, showAfter, stale]);
}
