import type { Layer } from '@deck.gl/core';
import { useMemo } from 'react';
import type { Grid } from '../../data/geodata/index.ts';
import { activeScenario, useScenarioStore } from '../../state/scenario.ts';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';
import { useTravelChangeViewStore } from '../../state/travel-change-view.ts';
import { useViewStore } from '../../state/view.ts';
import { travelChangeSpan } from './travel-change-colours.ts';
import { buildTravelChangeLayer } from './travel-change-layer.ts';
import { buildWhiteSpotsLayer } from './white-spots-layer.ts';

/**
 * The scenario's minutes-added/saved layer (when the map shows minutes and the scenario has
 * edits) and the white-spots layer (when switched on), both from the current scenario
 * evaluation; `cells` is the grid's one shared cell list. Empty while there is nothing to draw.
 */
export function useTravelChangeLayers(grid: Grid | null, cells: readonly string[] | null): readonly Layer[] {
  const evaluation = useScenarioMetricsStore((s) => s.value?.evaluation ?? null);
  const version = useScenarioMetricsStore((s) => s.version);
  const stale = useScenarioMetricsStore((s) => s.stale);
  const hasEdits = useScenarioStore((s) => activeScenario(s).edits.length > 0);
  const niveau = useViewStore((s) => s.niveau);
  const map = useTravelChangeViewStore((s) => s.map);
  const whiteSpotsOnMap = useTravelChangeViewStore((s) => s.whiteSpotsOnMap);
  // One scale for every year (the counted year's largest cell), so a later year's smaller white
  // spots look fainter rather than being rescaled to look the same.
  const maxPeople = useMemo(() => (grid ? grid.pop.reduce((m, p) => Math.max(m, p), 0) : 0), [grid]);
  return useMemo(() => {
    if (!grid || !cells || niveau === null || !evaluation || evaluation.access.length !== cells.length) return [];
    const layers: Layer[] = [];
    if (whiteSpotsOnMap)
      layers.push(
        buildWhiteSpotsLayer({
          cells,
          access: evaluation.access,
          // The people of the evaluation's population year, as in the white-spots table.
          pop: grid.popByYear[evaluation.jaar],
          maxPeople,
          version,
        }),
      );
    if (map === 'minutes' && hasEdits) {
      const { minutes } = evaluation.travelChange;
      layers.push(buildTravelChangeLayer({ cells, minutes, span: travelChangeSpan(minutes), version, stale }));
    }
    return layers;
  }, [grid, cells, niveau, evaluation, version, stale, hasEdits, map, whiteSpotsOnMap, maxPeople]);
}
