import { useSyncExternalStore } from 'react';
import { useLanguageStore } from '../../i18n/language.ts';
import { useCatchmentEffectStore, useCatchmentMapStore } from '../../state/catchment-effect.ts';
import { useIndicatorStore } from '../../state/indicators.ts';
import { useScenarioStore } from '../../state/scenario.ts';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';
import { useTravelStore } from '../../state/travel.ts';
import { useTravelChangeViewStore } from '../../state/travel-change-view.ts';
import { useTravelFieldStore } from '../../state/travel-field.ts';
import { useViewStore } from '../../state/view.ts';
import { currentLegendState } from './export-context.ts';
import type { LegendState } from './legend-spec.ts';

/** Every store that currentLegendState reads. */
const STORES = [
  useTravelStore,
  useTravelFieldStore,
  useScenarioMetricsStore,
  useScenarioStore,
  useTravelChangeViewStore,
  useCatchmentMapStore,
  useCatchmentEffectStore,
  useIndicatorStore,
  useLanguageStore,
  useViewStore,
];

function subscribe(onChange: () => void): () => void {
  const unsubscribe = STORES.map((store) => store.subscribe(onChange));
  return () => {
    for (const u of unsubscribe) u();
  };
}

// The last state handed out, kept while an update leaves it equal, so a store change that does
// not touch the legend (a pan, a progress tick) does not re-render it.
let last: LegendState | null = null;
let lastKey = '';
function snapshot(): LegendState {
  const next = currentLegendState();
  const key = JSON.stringify(next);
  if (key !== lastKey || !last) {
    last = next;
    lastKey = key;
  }
  return last;
}

/**
 * Which layers the map draws, followed as the stores change: the map legend's sections, by the
 * same rule as the exported image's legend (currentLegendState).
 */
export function useLegendState(): LegendState {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
