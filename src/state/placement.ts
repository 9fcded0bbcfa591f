import { create } from 'zustand';
import type { MetricsOffer } from '../../workers/metrics/metrics-api.ts';
import type { OneProviderResult, ProviderSummaryRow, RankedPlace } from '../../workers/placement/placement-api.ts';
import type { PlacementClient } from '../../workers/placement/placement-client.ts';
import type { Offer } from '../engine/offer/offer.ts';
import type { Niveau } from '../engine/offer/types.ts';
import type { Jaar } from '../engine/population/years.ts';
import { applyEdits, type Edit, type EditCatalogue } from '../engine/scenario/index.ts';
import type { SectorChoice } from '../engine/sector/groupings.ts';
import { useDatasetStore } from './dataset.ts';
import { useJaarStore } from './jaar.ts';
import { metricsOfferOf } from './metrics-session.ts';
import type { Computation } from './pipeline/computation.ts';
import { editDoesNotApply, InputProblem } from './pipeline/input-problem.ts';
import { createResultStore } from './pipeline/result-store.ts';
import { activeScenario, useScenarioStore } from './scenario.ts';
import { useSectorStore } from './sector.ts';
import { sectorCrebos } from './sector-metrics.ts';
import { useTravelStore } from './travel.ts';
import { useWeergaveStore } from './weergave.ts';

/**
 * The placement questions on the pipeline: "Beste plek om te starten" and "Als één aanbieder"
 * for one crebo, and the one-provider summary of the sector view's crebos. Each is asked about
 * the active offer with the active scenario's edits applied, at the current travel limits, in
 * the population year of the year control, and answered by the placement worker (workers/placement).
 */
export type PlacementQuestion =
  | { kind: 'beste-plek'; crebo: string; brin: string | null }
  | { kind: 'een-aanbieder'; crebo: string; k: number | null };

interface PlacementState {
  question: PlacementQuestion | null;
  ask(question: PlacementQuestion | null): void;
  /** "what if we had only k": null = as few as keep everyone's access */
  setK(k: number | null): void;
}

export const usePlacementStore = create<PlacementState>()((set) => ({
  question: null,
  ask: (question) => set({ question }),
  setK: (k) => set((s) => (s.question?.kind === 'een-aanbieder' ? { question: { ...s.question, k } } : {})),
}));

export interface BestPlaceShown {
  crebo: string;
  niveau: Niveau;
  limit: number;
  jaar: Jaar;
  brin: string | null;
  ranking: RankedPlace[];
  modelled: boolean;
}

export type OneProviderShown = OneProviderResult & { modelled: boolean };

export interface ProviderSummaryShown {
  rows: ProviderSummaryRow[];
  jaar: Jaar;
  modelled: boolean;
}

export const useBestPlaceStore = createResultStore<BestPlaceShown>();
export const useOneProviderStore = createResultStore<OneProviderShown>();
export const useProviderSummaryStore = createResultStore<ProviderSummaryShown>();

export interface PlacementDeps {
  client: Pick<PlacementClient, 'call'>;
  /** A qualification's niveau (qualifications.json), or null when unknown. */
  niveauOf(crebo: string): Niveau | null;
}

/** What every placement question is asked about: the offer, the scenario and the limits. */
interface Scenario {
  offer: Offer;
  /** what the edits may name in this offer */
  catalogue: EditCatalogue;
  modelled: boolean;
  edits: readonly Edit[];
  limits: Record<Niveau, number>;
  jaar: Jaar;
}

const INPUTS = [usePlacementStore, useDatasetStore, useScenarioStore, useTravelStore, useJaarStore];

function currentScenario(): Scenario | null {
  const active = useDatasetStore.getState().activeOffer;
  if (!active) return null;
  return {
    offer: active.offer,
    catalogue: active.catalogue,
    modelled: active.modelled,
    edits: activeScenario(useScenarioStore.getState()).edits,
    limits: useTravelStore.getState().limits,
    jaar: useJaarStore.getState().jaar,
  };
}

function sameScenario(a: Scenario, b: Scenario): boolean {
  return a.offer === b.offer && a.edits === b.edits && a.limits === b.limits && a.jaar === b.jaar;
}

/** The scenario's rows with the offer's pseudo-locations; an InputProblem when its edits do not apply. */
function scenarioOffer(scenario: Scenario): MetricsOffer {
  const result = applyEdits(scenario.offer.rows, scenario.edits, scenario.catalogue);
  if ('error' in result) throw editDoesNotApply(result.error);
  return { ...metricsOfferOf(scenario.offer), rows: result.rows };
}

function niveauFor(deps: PlacementDeps, crebo: string): Niveau {
  const niveau = deps.niveauOf(crebo);
  if (niveau === null) throw new InputProblem({ kind: 'niveau-unknown', crebo });
  return niveau;
}

export function bestPlaceComputation(
  deps: PlacementDeps,
): Computation<Scenario & { crebo: string; brin: string | null }, BestPlaceShown> {
  return {
    inputs: INPUTS,
    select: () => {
      const question = usePlacementStore.getState().question;
      const scenario = currentScenario();
      return question?.kind === 'beste-plek' && scenario
        ? { ...scenario, crebo: question.crebo, brin: question.brin }
        : null;
    },
    same: (a, b) => sameScenario(a, b) && a.crebo === b.crebo && a.brin === b.brin,
    run: async (input, signal) => {
      const niveau = niveauFor(deps, input.crebo);
      const offer = scenarioOffer(input);
      const ranking = await deps.client.call(
        'bestPlaces',
        [offer, input.crebo, niveau, input.limits, input.brin, input.jaar],
        { signal },
      );
      return {
        crebo: input.crebo,
        niveau,
        limit: input.limits[niveau],
        jaar: input.jaar,
        brin: input.brin,
        ranking,
        modelled: input.modelled,
      };
    },
  };
}

export function oneProviderComputation(
  deps: PlacementDeps,
): Computation<Scenario & { crebo: string; k: number | null }, OneProviderShown> {
  return {
    inputs: INPUTS,
    select: () => {
      const question = usePlacementStore.getState().question;
      const scenario = currentScenario();
      return question?.kind === 'een-aanbieder' && scenario
        ? { ...scenario, crebo: question.crebo, k: question.k }
        : null;
    },
    same: (a, b) => sameScenario(a, b) && a.crebo === b.crebo && a.k === b.k,
    run: async (input, signal) => {
      const niveau = niveauFor(deps, input.crebo);
      const offer = scenarioOffer(input);
      const answer = await deps.client.call(
        'oneProvider',
        [offer, input.crebo, niveau, input.limits, input.k, input.jaar],
        {
          signal,
          key: 'one-provider',
        },
      );
      return { ...answer, modelled: input.modelled };
    },
  };
}

const NO_EDITS: readonly Edit[] = [];

/**
 * The sector table's one-provider column: on the active offer WITHOUT the scenario's edits, like
 * the table's other columns, so "locations" and "needed" count the same rows.
 */
export function providerSummaryComputation(
  deps: PlacementDeps,
): Computation<Scenario & { choice: SectorChoice }, ProviderSummaryShown> {
  return {
    inputs: [...INPUTS, useWeergaveStore, useSectorStore],
    select: () => {
      const { choice } = useSectorStore.getState();
      const scenario = currentScenario();
      if (useWeergaveStore.getState().weergave !== 'sector' || !choice || !scenario) return null;
      return { ...scenario, edits: NO_EDITS, choice };
    },
    same: (a, b) => sameScenario(a, b) && a.choice === b.choice,
    run: async (input, signal) => {
      const offer = scenarioOffer(input);
      const crebos = sectorCrebos(input.offer, input.choice);
      const summary = await deps.client.call('providerSummary', [offer, crebos, input.limits, input.jaar], {
        signal,
        key: 'provider-summary',
      });
      return { rows: summary, jaar: input.jaar, modelled: input.modelled };
    },
  };
}
