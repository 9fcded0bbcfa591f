import type { ScenarioEvaluation } from '../engine/metrics/scenario-evaluation.ts';
import type { Offer } from '../engine/offer/offer.ts';
import type { Niveau } from '../engine/offer/types.ts';
import type { Jaar } from '../engine/population/years.ts';
import type { Edit } from '../engine/scenario/index.ts';
import { editsProblem } from '../engine/scenario/index.ts';
import { type ActiveOffer, useDatasetStore } from './dataset.ts';
import { useJaarStore } from './jaar.ts';
import type { MetricsSession } from './metrics-session.ts';
import type { Computation } from './pipeline/computation.ts';
import { InputProblem } from './pipeline/input-problem.ts';
import { createResultStore } from './pipeline/result-store.ts';
import { activeScenario, type EditsCheck, type MetricsFocus, useScenarioStore } from './scenario.ts';
import { type TravelLimits, useTravelStore } from './travel.ts';
import { useViewStore } from './view.ts';

/**
 * The scenario's figures on the pipeline: whenever the active scenario, the compared scenarios,
 * the offer, the niveau, the population year, the focus (crebo or domain), the custom region or a travel limit
 * changes, the metrics worker evaluates before and after (and the access delta). The worker
 * holds the offer and its field cache, so an edit sends only the edits and recomputes only the
 * fields it touches. A scenario that does not apply to the offer is an 'input' error.
 */
export interface ScenarioFigures {
  evaluation: ScenarioEvaluation;
  /** Time the worker took, ms. */
  elapsedMs: number;
  /** Ids of the compared scenarios the evaluation's `extra` summaries belong to, or null. */
  comparedIds: [string, string] | null;
}

export const useScenarioMetricsStore = createResultStore<ScenarioFigures>();

/**
 * The engine's all-or-nothing check of an edit list against the active offer, for the store's
 * actions. It checks against the edited crebos' rows only (editsProblem: the same answer as
 * applying the list to the whole offer), so an edit costs the main thread no pass over the offer.
 */
export function checkAgainst(active: ActiveOffer): EditsCheck {
  return (edits) => editsProblem(active.offer, edits, active.catalogue);
}

interface ScenarioInput {
  offer: Offer;
  niveau: Niveau;
  edits: readonly Edit[];
  limits: TravelLimits;
  jaar: Jaar;
  focus: MetricsFocus;
  customGemeenten: readonly string[];
  compared: readonly { id: string; name: string; edits: readonly Edit[] }[];
}

export interface ScenarioMetricsDeps {
  session: Pick<MetricsSession, 'evaluate'>;
  /** The qualifications (crebos) of a domain at a niveau, from qualifications.json. */
  crebosOfDomein(domein: string, niveau: Niveau): string[];
  /** Index of a gemeente (CBS code) in gemeenten.json, or -1 when unknown. */
  gemeenteIndex(code: string): number;
}

function crebosFor(focus: MetricsFocus, niveau: Niveau, deps: ScenarioMetricsDeps): string[] | null {
  if (focus.kind === 'crebo') return [focus.crebo];
  if (focus.kind === 'domein') return deps.crebosOfDomein(focus.domein, niveau);
  return null;
}

export function scenarioMetricsComputation(deps: ScenarioMetricsDeps): Computation<ScenarioInput, ScenarioFigures> {
  return {
    inputs: [useScenarioStore, useViewStore, useTravelStore, useDatasetStore, useJaarStore],
    select: () => {
      const active = useDatasetStore.getState().activeOffer;
      const { niveau } = useViewStore.getState();
      if (!active || niveau === null) return null;
      const state = useScenarioStore.getState();
      const compared = (state.compare ?? [])
        .map((id) => state.scenarios.find((s) => s.id === id))
        .filter((s) => s !== undefined);
      return {
        offer: active.offer,
        niveau,
        edits: activeScenario(state).edits,
        limits: useTravelStore.getState().limits,
        jaar: useJaarStore.getState().jaar,
        focus: state.view.focus,
        customGemeenten: state.view.customGemeenten,
        compared,
      };
    },
    // Identity of every input: a rename, or a change of another view setting, costs nothing.
    same: (a, b) =>
      a.offer === b.offer &&
      a.niveau === b.niveau &&
      a.edits === b.edits &&
      a.limits === b.limits &&
      a.jaar === b.jaar &&
      a.focus === b.focus &&
      a.customGemeenten === b.customGemeenten &&
      a.compared.length === b.compared.length &&
      a.compared.every((s, i) => s.edits === b.compared[i].edits),
    run: async (input, signal) => {
      const answer = await deps.session.evaluate(
        input.offer,
        {
          edits: input.edits,
          niveau: input.niveau,
          crebos: crebosFor(input.focus, input.niveau, deps),
          customGemeenten: input.customGemeenten.map(deps.gemeenteIndex).filter((i) => i >= 0),
          limits: { ...input.limits },
          jaar: input.jaar,
          extra: input.compared.map((s) => s.edits),
        },
        signal,
      );
      if (answer.kind === 'invalid') {
        const scenario = answer.scenario >= 0 ? input.compared[answer.scenario].name : null;
        throw new InputProblem({ kind: 'edit', problem: answer.problem, scenario });
      }
      const comparedIds: [string, string] | null =
        input.compared.length === 2 ? [input.compared[0].id, input.compared[1].id] : null;
      return { evaluation: answer.evaluation, elapsedMs: answer.elapsedMs, comparedIds };
    },
  };
}
