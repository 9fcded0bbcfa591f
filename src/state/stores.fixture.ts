import { useCatchmentEffectStore, useCatchmentMapStore } from './catchment-effect.ts';
import { useDatasetStore } from './dataset.ts';
import { useEarlyWarningStore } from './early-warning.ts';
import { useEarlyWarningViewStore } from './early-warning-view.ts';
import { useIndicatorStore } from './indicators.ts';
import { useInstitutionProfileStore, useNiveauCatchmentsStore } from './institution-profile.ts';
import { useInstitutionSoleReachStore } from './institution-sole-reach.ts';
import { useJaarStore } from './jaar.ts';
import { useBestPlaceStore, useOneProviderStore, usePlacementStore, useProviderSummaryStore } from './placement.ts';
import { usePopulationChangeStore, useVerzorgingsgebiedStore } from './population.ts';
import { usePopulationViewStore } from './population-view.ts';
import { useScenarioStore } from './scenario.ts';
import { useScenarioMetricsStore } from './scenario-metrics.ts';
import { useSectorStore } from './sector.ts';
import { useSectorMetricsStore } from './sector-metrics.ts';
import { useSelectionStore } from './selection.ts';
import { useTravelStore } from './travel.ts';
import { useTravelChangeViewStore } from './travel-change-view.ts';
import { useTravelFieldStore } from './travel-field.ts';
import { useTravelOutlineStore } from './travel-outline.ts';
import { useUrlErrorStore } from './url-error.ts';
import { useViewStore } from './view.ts';
import { useWeergaveStore } from './weergave.ts';

interface ResettableStore {
  setState(state: never, replace: true): void;
  getInitialState(): unknown;
}

/**
 * Every module-level store of src/state, so state tests start clean; stores.fixture.test.ts
 * fails for a store of src/state that is missing here.
 */
export const STATE_STORES: readonly ResettableStore[] = [
  useBestPlaceStore,
  useCatchmentEffectStore,
  useCatchmentMapStore,
  useDatasetStore,
  useEarlyWarningStore,
  useEarlyWarningViewStore,
  useIndicatorStore,
  useInstitutionProfileStore,
  useInstitutionSoleReachStore,
  useNiveauCatchmentsStore,
  useJaarStore,
  useOneProviderStore,
  usePlacementStore,
  usePopulationChangeStore,
  usePopulationViewStore,
  useProviderSummaryStore,
  useScenarioMetricsStore,
  useScenarioStore,
  useSectorMetricsStore,
  useSectorStore,
  useSelectionStore,
  useTravelChangeViewStore,
  useTravelFieldStore,
  useTravelOutlineStore,
  useTravelStore,
  useUrlErrorStore,
  useVerzorgingsgebiedStore,
  useViewStore,
  useWeergaveStore,
];

/**
 * Puts every app store back to the state it was created with: the one reset for tests of the
 * state layer (call it first in `beforeEach`, then set what the test is about), so a test never
 * starts from what the previous one left behind.
 */
export function resetStateStores(): void {
  for (const store of STATE_STORES) store.setState(store.getInitialState() as never, true);
}
