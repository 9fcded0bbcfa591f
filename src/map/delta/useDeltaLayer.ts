import type { Layer } from '@deck.gl/core';
import { useMemo } from 'react';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';
import { activeScenario, useScenarioStore } from '../../state/scenario.ts';
import { useTravelChangeViewStore } from '../../state/travel-change-view.ts';
import { useViewStore } from '../../state/view.ts';
import { buildDeltaLayer } from './delta-layer.ts';

/**
 * The delta layer for the current scenario result, for MapView's `layersBelowLocations`.
 * `cells` must be the one stable cell list of the grid (buildCellList), shared with the travel
 * layer. Returns null while there is nothing to draw (no niveau chosen, or no edits), so the
 * caller can skip it.
 */
export function useDeltaLayer(cells: readonly string[] | null, beforeId?: string): Layer | null {
  const result = useScenarioMetricsStore((s) => s.value?.evaluation ?? null);
  const version = useScenarioMetricsStore((s) => s.version);
  const stale = useScenarioMetricsStore((s) => s.stale);
  const showAfter = useScenarioStore((s) => s.view.showAfter);
  // Without edits there is no change to show, and the travel field beneath says all there is
  // about reach: a tint over it would only muddy its colours.
  const hasEdits = useScenarioStore((s) => activeScenario(s).edits.length > 0);
  const niveau = useViewStore((s) => s.niveau);
  // The minutes map takes the delta's place: both on top of each other would not read.
  const showsAccess = useTravelChangeViewStore((s) => s.map === 'access');
  return useMemo(() => {
    if (!cells || !hasEdits || !showsAccess || niveau === null || !result || result.access.length !== cells.length)
      return null;
    return buildDeltaLayer({ cells, access: result.access, version, showAfter, stale, beforeId });
  }, [cells, hasEdits, showsAccess, niveau, result, version, showAfter, stale, beforeId]);
}
