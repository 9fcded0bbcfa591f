import type { Niveau } from '../engine/offer/types.ts';
import type { Edit } from '../engine/scenario/index.ts';
import { useDatasetStore } from './dataset.ts';
import { useScenarioStore } from './scenario.ts';
import { checkAgainst } from './scenario-metrics.ts';
import { useTravelStore } from './travel.ts';
import { useViewStore } from './view.ts';

/**
 * Puts one programme in focus everywhere at once: the scenario's figures (focus), the travel
 * field (the travel store's crebo, synced to the link as `q`) and the niveau they are both for.
 * So after a stop the map's field is the stopped crebo's, as the figures are.
 */
export function focusProgramme(crebo: string, niveau: Niveau | null): void {
  useScenarioStore.getState().setFocus({ kind: 'crebo', crebo });
  useTravelStore.getState().setCrebo(crebo);
  if (niveau !== null && useViewStore.getState().niveau !== niveau) useViewStore.getState().setNiveau(niveau);
}

/**
 * Adds an edit to the active scenario (the engine's check first; a refusal is recorded in the
 * scenario store with its reason) and focuses its programme. Returns whether it was added.
 */
export function commitProgrammeEdit(edit: Edit, niveau: Niveau | null): boolean {
  const active = useDatasetStore.getState().activeOffer;
  if (!active) return false;
  if (!useScenarioStore.getState().addEdit(edit, checkAgainst(active))) return false;
  focusProgramme(edit.crebo, niveau);
  return true;
}
