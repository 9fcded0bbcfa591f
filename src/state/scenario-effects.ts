import { create } from 'zustand';
import type { Niveau, Offer, OfferRow } from '../engine/offer/index.ts';
import { applyEdits, formatEditProblem, type EditCatalogue } from '../engine/scenario/index.ts';
import type { MetricsService } from './scenario-metrics/client.ts';
import type { ScenarioEvaluation } from './scenario-metrics/evaluate.ts';
import { activeScenario, useScenarioStore, type EditsCheck, type MetricsFocus } from './scenario.ts';
import { useJaarStore } from './jaar.ts';
import { useTravelStore } from './travel.ts';
import { useViewStore } from './view.ts';

/**
 * The scenario's side effects, kept apart from its store: whenever the active scenario, the
 * compared scenarios, the offer, the niveau, the population year, the focus (crebo or domain), the custom region or
 * a travel limit changes, the edited offer is rebuilt (cheap, on this thread) and the metrics
 * worker is asked for before/after figures and the access delta. The worker's field cache
 * means an edit recomputes only the fields it touches. While it works, the last figures stay
 * on screen marked `stale` (the panels grey them); superseded answers are dropped.
 */

/** What the scenario needs from the active offer (src/state/dataset.ts supplies it). */
export interface ScenarioOffer {
  /** The active offer, with its lookups (programmes per location, qualifications, domains). */
  offer: Offer;
  /** Known crebos and vestigingen, to validate edits. */
  catalogue: EditCatalogue;
  /** True while the offer is the modelled default, not an imported DUO file. */
  modelled: boolean;
}

export interface ScenarioEffectsDeps {
  metrics: MetricsService;
  getOffer(): ScenarioOffer | null;
  /** Calls `listener` whenever getOffer() may return something new; returns an unsubscribe. */
  subscribeOffer(listener: () => void): () => void;
  /** The qualifications (crebos) of a domain at a niveau, from qualifications.json. */
  crebosOfDomein(domein: string, niveau: Niveau): string[];
  /** Index of a gemeente (CBS code) in gemeenten.json, or -1 when unknown. */
  gemeenteIndex(code: string): number;
}

export type ScenarioMetricsStatus = 'idle' | 'computing' | 'ready' | 'invalid' | 'error';

interface ScenarioMetricsState {
  /**
   * - idle: no niveau chosen, or no offer yet;
   * - computing: the first figures are on their way;
   * - ready: `result` belongs to the current choice;
   * - invalid: the active scenario does not apply to the current offer (`problem` says why);
   * - error: the worker failed (`problem` says why).
   */
  status: ScenarioMetricsStatus;
  /** The last figures received; shown greyed while `stale`. */
  result: ScenarioEvaluation | null;
  stale: boolean;
  problem: string | null;
  /** Increases with every result: the delta layer's updateTriggers key. */
  version: number;
  elapsedMs: number | null;
  /** Ids of the compared scenarios the result's `extra` summaries belong to, or null. */
  comparedIds: [string, string] | null;
  /** The offer and catalogue the panel uses to offer choices and check edits. */
  offer: ScenarioOffer | null;
}

export const useScenarioMetricsStore = create<ScenarioMetricsState>()(() => ({
  status: 'idle',
  result: null,
  stale: false,
  problem: null,
  version: 0,
  elapsedMs: null,
  comparedIds: null,
  offer: null,
}));

/** The engine's all-or-nothing check of an edit list against an offer, for the store's actions. */
export function checkAgainst(offer: ScenarioOffer): EditsCheck {
  return (edits) => {
    const result = applyEdits(offer.offer.rows, edits, offer.catalogue);
    return 'error' in result ? result.error : null;
  };
}

function crebosFor(focus: MetricsFocus, niveau: Niveau, deps: ScenarioEffectsDeps): string[] | null {
  if (focus.kind === 'crebo') return [focus.crebo];
  if (focus.kind === 'domein') return deps.crebosOfDomein(focus.domein, niveau);
  return null;
}

/** Starts the effects; returns a function that stops them and ignores any answer still coming. */
export function startScenarioEffects(deps: ScenarioEffectsDeps): () => void {
  const results = useScenarioMetricsStore;
  let request = 0;
  let stopped = false;
  let scheduled = false;
  let lastKey: unknown[] | null = null;

  const recompute = () => {
    scheduled = false;
    if (stopped) return;
    const offer = deps.getOffer();
    const niveau = useViewStore.getState().niveau;
    const scenarioState = useScenarioStore.getState();
    const scenario = activeScenario(scenarioState);
    const { limits } = useTravelStore.getState();
    const { focus, customGemeenten } = scenarioState.view;
    const compare = scenarioState.compare;
    const comparedScenarios = compare
      ? compare.map((id) => scenarioState.scenarios.find((s) => s.id === id)).filter((s) => s !== undefined)
      : [];

    // Identity of every input: nothing to do when none changed (e.g. a rename).
    const { jaar } = useJaarStore.getState();
    const key = [offer, niveau, jaar, scenario.edits, limits, focus, customGemeenten, ...comparedScenarios.map((s) => s.edits)];
    if (lastKey && key.length === lastKey.length && key.every((v, i) => v === lastKey![i])) return;
    lastKey = key;

    if (results.getState().offer !== offer) results.setState({ offer });
    if (offer === null || niveau === null) {
      request++;
      results.setState({ status: 'idle', stale: false, problem: null });
      return;
    }
    const applied = applyEdits(offer.offer.rows, scenario.edits, offer.catalogue);
    if ('error' in applied) {
      request++;
      results.setState({ status: 'invalid', stale: true, problem: formatEditProblem(applied.error) });
      return;
    }
    const extra: OfferRow[][] = [];
    for (const other of comparedScenarios) {
      const rows = applyEdits(offer.offer.rows, other.edits, offer.catalogue);
      if ('error' in rows) {
        request++;
        results.setState({ status: 'invalid', stale: true, problem: `${other.name}: ${formatEditProblem(rows.error)}` });
        return;
      }
      extra.push(rows.rows);
    }
    const mine = ++request;
    results.setState((s) => ({ status: s.result ? 'ready' : 'computing', stale: s.result !== null, problem: null }));
    const customIndices = customGemeenten.map(deps.gemeenteIndex).filter((i) => i >= 0);
    deps.metrics
      .evaluate({
        before: offer.offer.rows,
        after: applied.rows,
        niveau,
        crebos: crebosFor(focus, niveau, deps),
        customGemeenten: customIndices,
        limits: { ...limits },
        jaar,
        extra,
      })
      .then(
        (answer) => {
          if (stopped || answer === null || mine !== request) return;
          results.setState((s) => ({
            status: 'ready',
            result: answer.result,
            stale: false,
            problem: null,
            version: s.version + 1,
            elapsedMs: answer.elapsedMs,
            comparedIds: comparedScenarios.length === 2 ? [comparedScenarios[0].id, comparedScenarios[1].id] : null,
          }));
        },
        (error: unknown) => {
          if (stopped || mine !== request) return;
          results.setState({ status: 'error', stale: true, problem: error instanceof Error ? error.message : String(error) });
        },
      );
  };

  // Several stores often change in one tick (a link sets scenario and view together): coalesce.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(recompute);
  };

  const unsubscribers = [
    useScenarioStore.subscribe(schedule),
    useViewStore.subscribe((s, prev) => {
      if (s.niveau !== prev.niveau) schedule();
    }),
    useTravelStore.subscribe((s, prev) => {
      if (s.limits !== prev.limits) schedule();
    }),
    useJaarStore.subscribe(schedule),
    deps.subscribeOffer(schedule),
  ];
  schedule();

  return () => {
    stopped = true;
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
