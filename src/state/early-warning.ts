import type { ProgrammeLocation } from '../engine/analysis/index.ts';
import { groupByCrebo } from '../engine/metrics/offer-groups.ts';
import type { Offer } from '../engine/offer/offer.ts';
import type { Niveau, OfferRow } from '../engine/offer/types.ts';
import type { Jaar } from '../engine/population/years.ts';
import { applyEdits, type Edit, type EditProblem } from '../engine/scenario/index.ts';
import { type ActiveOffer, useDatasetStore } from './dataset.ts';
import { earlyWarningShown, useEarlyWarningViewStore } from './early-warning-view.ts';
import { useJaarStore } from './jaar.ts';
import type { Computation } from './pipeline/computation.ts';
import { editDoesNotApply } from './pipeline/input-problem.ts';
import { createResultStore } from './pipeline/result-store.ts';
import { rowStream } from './pipeline/stream-schedule.ts';
import type { ProgrammeLocationsOf } from './programme-locations-source.ts';
import { activeScenario, useScenarioStore } from './scenario.ts';
import { useTravelStore } from './travel.ts';
import { useViewStore } from './view.ts';
import { useWeergaveStore } from './weergave.ts';

/**
 * The early warning (Signalering) on the pipeline: for the chosen niveau, every
 * programme-location of the active offer WITH the active scenario's edits, its sole reach and
 * extra minutes, from the analysis worker one crebo at a time, so the table streams in, counted
 * in the population year of the year control (cached per year, crebo and its locations: see
 * programme-locations-source.ts).
 */
export interface EarlyWarningTable {
  niveau: Niveau;
  limit: number;
  /** the population year the figures count */
  jaar: Jaar;
  modelled: boolean;
  /** programme-locations computed so far, crebo by crebo */
  locations: ProgrammeLocation[];
  /** crebos computed so far, of `total` */
  done: number;
  total: number;
}

export const useEarlyWarningStore = createResultStore<EarlyWarningTable>();

interface EarlyWarningInput {
  niveau: Niveau;
  limit: number;
  jaar: Jaar;
  offer: Offer;
  /** the offer's rows after the active scenario's edits */
  rows: readonly OfferRow[];
  modelled: boolean;
  /** why the scenario's edits do not apply to the offer, or null */
  problem: EditProblem | null;
}

export function earlyWarningComputation(deps: {
  programmeLocations: ProgrammeLocationsOf;
}): Computation<EarlyWarningInput, EarlyWarningTable> {
  // applyEdits gives a new array each time; keep one per (offer, edits) so "same inputs?" holds.
  let applied: {
    active: ActiveOffer;
    edits: readonly Edit[];
    rows: readonly OfferRow[];
    problem: EditProblem | null;
  } | null = null;

  const rowsFor = (active: ActiveOffer, edits: readonly Edit[]) => {
    if (!applied || applied.active !== active || applied.edits !== edits) {
      const result = applyEdits(active.offer.rows, edits, active.catalogue);
      applied =
        'error' in result
          ? { active, edits, rows: active.offer.rows, problem: result.error }
          : { active, edits, rows: result.rows, problem: null };
    }
    return applied;
  };

  return {
    inputs: [
      useEarlyWarningViewStore,
      useWeergaveStore,
      useViewStore,
      useTravelStore,
      useDatasetStore,
      useScenarioStore,
      useJaarStore,
    ],
    select: () => {
      const { niveau } = useViewStore.getState();
      const active = useDatasetStore.getState().activeOffer;
      const shown = earlyWarningShown(useEarlyWarningViewStore.getState().open, useWeergaveStore.getState().weergave);
      if (!shown || niveau === null || active === null) return null;
      const { rows, problem } = rowsFor(active, activeScenario(useScenarioStore.getState()).edits);
      return {
        niveau,
        limit: useTravelStore.getState().limits[niveau],
        jaar: useJaarStore.getState().jaar,
        offer: active.offer,
        rows,
        modelled: active.modelled,
        problem,
      };
    },
    run: async ({ niveau, limit, jaar, offer, rows, modelled, problem }, signal, report) => {
      if (problem) throw editDoesNotApply(problem);
      const groups = groupByCrebo(rows, (r) => r.niveau === niveau);
      const crebos = [...groups.keys()].sort();
      const table = (locations: ProgrammeLocation[], done: number): EarlyWarningTable => ({
        niveau,
        limit,
        jaar,
        modelled,
        locations,
        done,
        total: crebos.length,
      });
      const locations: ProgrammeLocation[] = [];
      // useEarlyWarningRows follows the rows array, not the table: a progress-only report keeps it.
      const publish = rowStream<ProgrammeLocation>();
      for (let done = 0; done < crebos.length; done++) {
        const crebo = crebos[done];
        const vestigingen = [...(groups.get(crebo)?.vestigingen ?? [])].sort();
        const result = await deps.programmeLocations(offer, crebo, niveau, vestigingen, limit, jaar, signal);
        for (const l of result) locations.push(l);
        const shown = publish(locations);
        if (shown) report(table(shown, done + 1));
      }
      return table(locations, crebos.length);
    },
  };
}
