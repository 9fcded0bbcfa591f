import type { Layer } from '@deck.gl/core';
import { useMemo, useRef } from 'react';
import { activeScenario, useScenarioStore } from '../../state/scenario.ts';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';
import { useTravelChangeViewStore } from '../../state/travel-change-view.ts';
import { useViewStore } from '../../state/view.ts';
import { buildDeltaLayer } from './delta-layer.ts';

/**
 * The delta layer for the current scenario result, for MapView's `layersBelowLocations`.
 * `cells` must be the one stable cell list of the grid (buildCellList), shared with the travel
 * layer. Returns null until there is first something to draw (a niveau and edits); after that
 * the layer stays, hidden while there is nothing to show, so an undo and the next edit only
 * refill its colours instead of tessellating ~56k hexagons again.
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
  const drawable =
    cells !== null &&
    hasEdits &&
    showsAccess &&
    niveau !== null &&
    result !== null &&
    result.access.length === cells.length;
  const everShown = useRef(false);
  if (drawable) everShown.current = true;
  const keep = everShown.current;
  return useMemo(() => {
    if (!cells || !keep) return null;
    return buildDeltaLayer({ cells, access: drawable ? result.access : null, version, showAfter, stale, beforeId });
  }, [cells, keep, drawable, result, version, showAfter, stale, beforeId]);
}
