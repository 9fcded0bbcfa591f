import type { Layer } from '@deck.gl/core';
import { useMemo } from 'react';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';
import { useViewStore } from '../../state/view.ts';
import { buildDeltaLayer } from '../delta/delta-layer.ts';

/**
 * The scenario's delta layer for one side of the compare layout: the same result as the single
 * map's (useDeltaLayer), but with before or after fixed by the side instead of the B toggle.
 */
export function useCompareDeltaLayer(cells: readonly string[] | null, showAfter: boolean): Layer | null {
  const result = useScenarioMetricsStore((s) => s.value?.evaluation ?? null);
  const version = useScenarioMetricsStore((s) => s.version);
  const stale = useScenarioMetricsStore((s) => s.stale);
  const niveau = useViewStore((s) => s.niveau);
  return useMemo(() => {
    if (!cells || niveau === null || !result || result.access.length !== cells.length) return null;
    return buildDeltaLayer({ cells, access: result.access, version, showAfter, stale });
  }, [cells, niveau, result, version, showAfter, stale]);
}
