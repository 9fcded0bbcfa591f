import { create } from 'zustand';
import type { TravelClient } from '../../workers/travel/travel-client.ts';
import {
  type Catchment,
  type CatchmentSources,
  catchmentFromNearest,
  catchmentSources,
} from '../engine/analysis/catchment.ts';
import { type CatchmentChange, compareCatchments } from '../engine/analysis/catchment-change.ts';
import type { Niveau, Offer } from '../engine/offer/index.ts';
import type { PopulationByYear } from '../engine/population/by-year.ts';
import type { Jaar } from '../engine/population/years.ts';
import { applyEdits, type Edit, type EditCatalogue } from '../engine/scenario/index.ts';
import { useDatasetStore } from './dataset.ts';
import { useJaarStore } from './jaar.ts';
import type { Computation } from './pipeline/computation.ts';
import { editDoesNotApply } from './pipeline/input-problem.ts';
import { createResultStore } from './pipeline/result-store.ts';
import { activeScenario, type MetricsFocus, useScenarioStore } from './scenario.ts';
import { useTravelStore } from './travel.ts';
import { useViewStore } from './view.ts';

/**
 * "Effect op anderen" on the pipeline: for the active scenario, the niveau and the scenario's
 * focus (all its qualifications, one crebo or a domain), which institution serves each young
 * person before and after the edits (src/engine/analysis/catchment.ts), and who gains and loses
 * them to whom, counted in the 15–24 year olds of the population year. Two nearest-source searches in the travel workers; the comparison is one pass
 * over the cells here.
 */

export interface CatchmentEffect {
  niveau: Niveau;
  limit: number;
  jaar: Jaar;
  /** the focus's crebos, or null for every qualification of the niveau */
  crebos: string[] | null;
  edits: number;
  modelled: boolean;
  before: Catchment;
  after: Catchment;
  change: CatchmentChange;
}

export const useCatchmentEffectStore = createResultStore<CatchmentEffect>();

interface EffectInput {
  offer: Offer;
  catalogue: EditCatalogue;
  modelled: boolean;
  niveau: Niveau;
  limit: number;
  jaar: Jaar;
  edits: readonly Edit[];
  focus: MetricsFocus;
}

export interface CatchmentEffectDeps {
  travel: Pick<TravelClient, 'call'>;
  /** 15–24 year olds per grid cell, in every population year */
  popByYear: PopulationByYear;
  /** The qualifications (crebos) of a domain at a niveau, from qualifications.json. */
  crebosOfDomein(domein: string, niveau: Niveau): string[];
}

export function catchmentEffectComputation(deps: CatchmentEffectDeps): Computation<EffectInput, CatchmentEffect> {
  return {
    inputs: [useDatasetStore, useScenarioStore, useViewStore, useTravelStore, useJaarStore],
    select: () => {
      const active = useDatasetStore.getState().activeOffer;
      const { niveau } = useViewStore.getState();
      if (active === null || niveau === null) return null;
      const scenarios = useScenarioStore.getState();
      return {
        offer: active.offer,
        catalogue: active.catalogue,
        modelled: active.modelled,
        niveau,
        limit: useTravelStore.getState().limits[niveau],
        jaar: useJaarStore.getState().jaar,
        edits: activeScenario(scenarios).edits,
        focus: scenarios.view.focus,
      };
    },
    same: (a, b) =>
      a.offer === b.offer &&
      a.catalogue === b.catalogue &&
      a.modelled === b.modelled &&
      a.niveau === b.niveau &&
      a.limit === b.limit &&
      a.jaar === b.jaar &&
      a.edits === b.edits &&
      sameFocus(a.focus, b.focus),
    run: async ({ offer, catalogue, modelled, niveau, limit, jaar, edits, focus }, signal) => {
      const applied = applyEdits(offer.rows, edits, catalogue);
      if ('error' in applied) throw editDoesNotApply(applied.error);
      const crebos =
        focus.kind === 'crebo'
          ? [focus.crebo]
          : focus.kind === 'domein'
            ? deps.crebosOfDomein(focus.domein, niveau)
            : null;
      const selection = { niveau, crebos: crebos ? new Set(crebos) : null };
      const placeOf = (id: string) => offer.place(id);
      const pop = deps.popByYear[jaar];
      const catchmentOf = async (sources: CatchmentSources, key: string) => {
        const field = await deps.travel.call('nearest', [sources.sources, sources.labels, limit], { signal, key });
        return catchmentFromNearest(sources, field, pop, limit);
      };
      const beforeSources = catchmentSources(offer.rows, selection, placeOf);
      const [before, after] = await Promise.all([
        catchmentOf(beforeSources, 'catchment-before'),
        edits.length === 0 ? null : catchmentOf(catchmentSources(applied.rows, selection, placeOf), 'catchment-after'),
      ]);
      const afterCatchment = after ?? before;
      return {
        niveau,
        limit,
        jaar,
        crebos,
        edits: edits.length,
        modelled,
        before,
        after: afterCatchment,
        change: compareCatchments(before, afterCatchment, pop),
      };
    },
  };
}

function sameFocus(a: MetricsFocus, b: MetricsFocus): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'crebo') return a.crebo === (b as typeof a).crebo;
  if (a.kind === 'domein') return a.domein === (b as typeof a).domein;
  return true;
}

/** Whether the map colours cells by the institution serving them (instead of the delta map). */
export const useCatchmentMapStore = create<{ on: boolean; setOn(on: boolean): void }>()((set) => ({
  on: false,
  setOn: (on) => set({ on }),
}));
