import { create } from 'zustand';
import type { Offer } from '../engine/offer/offer.ts';
import type { Niveau, OfferRow } from '../engine/offer/types.ts';
import { applyEdits, formatEditProblem, type Edit, type EditCatalogue } from '../engine/scenario/index.ts';
import type { OneProviderResult, ProviderSummaryRow, RankedPlace } from '../../workers/placement/placement-api.ts';
import type { PlacementClient } from '../../workers/placement/placement-client.ts';
import { useDatasetStore } from './dataset.ts';
import { InputProblem, type Computation } from './pipeline/computation.ts';
import { createResultStore } from './pipeline/result-store.ts';
import { activeScenario, useScenarioStore } from './scenario.ts';
import { useTravelStore } from './travel.ts';

/**
 * The placement questions on the pipeline: "Beste plek om te starten" and "Als één aanbieder"
 * for one crebo, and the one-provider summary of the sector view's crebos. Each is asked about
 * the active offer with the active scenario's edits applied, at the current travel limits, and
 * answered by the placement worker (workers/placement).
 */
export type PlacementQuestion =
  | { kind: 'beste-plek'; crebo: string; brin: string | null }
  | { kind: 'een-aanbieder'; crebo: string; k: number | null };

interface PlacementState {
  question: PlacementQuestion | null;
  /** the sector view's crebos, for the one-provider column of its table (null = not shown) */
  summaryCrebos: readonly { crebo: string; niveau: Niveau }[] | null;
  ask(question: PlacementQuestion | null): void;
  /** "what if we had only k": null = as few as keep everyone's access */
  setK(k: number | null): void;
  setSummaryCrebos(crebos: readonly { crebo: string; niveau: Niveau }[] | null): void;
}

export const usePlacementStore = create<PlacementState>()((set) => ({
  question: null,
  summaryCrebos: null,
  ask: (question) => set({ question }),
  setK: (k) => set((s) => (s.question?.kind === 'een-aanbieder' ? { question: { ...s.question, k } } : {})),
  setSummaryCrebos: (summaryCrebos) => set({ summaryCrebos }),
}));

export interface BestPlaceShown {
  crebo: string;
  niveau: Niveau;
  limit: number;
  brin: string | null;
  ranking: RankedPlace[];
  modelled: boolean;
}

export type OneProviderShown = OneProviderResult & { modelled: boolean };

export interface ProviderSummaryShown {
  rows: ProviderSummaryRow[];
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
}

const INPUTS = [usePlacementStore, useDatasetStore, useScenarioStore, useTravelStore];

function currentScenario(): Scenario | null {
  const active = useDatasetStore.getState().activeOffer;
  if (!active) return null;
  return {
    offer: active.offer,
    catalogue: active.catalogue,
    modelled: active.modelled,
    edits: activeScenario(useScenarioStore.getState()).edits,
    limits: useTravelStore.getState().limits,
  };
}

function sameScenario(a: Scenario, b: Scenario): boolean {
  return a.offer === b.offer && a.edits === b.edits && a.limits === b.limits;
}

/** The scenario's rows; an InputProblem when its edits do not apply to this offer. */
function scenarioRows(scenario: Scenario): readonly OfferRow[] {
  const result = applyEdits(scenario.offer.rows, scenario.edits, scenario.catalogue);
  if ('error' in result) throw new InputProblem(formatEditProblem(result.error));
  return result.rows;
}

function niveauFor(deps: PlacementDeps, crebo: string): Niveau {
  const niveau = deps.niveauOf(crebo);
  if (niveau === null) throw new InputProblem(`the niveau of crebo ${crebo} is unknown, so it has no travel limit`);
  return niveau;
}

export function bestPlaceComputation(deps: PlacementDeps): Computation<Scenario & { crebo: string; brin: string | null }, BestPlaceShown> {
  return {
    inputs: INPUTS,
    select: () => {
      const question = usePlacementStore.getState().question;
      const scenario = currentScenario();
      return question?.kind === 'beste-plek' && scenario ? { ...scenario, crebo: question.crebo, brin: question.brin } : null;
    },
    same: (a, b) => sameScenario(a, b) && a.crebo === b.crebo && a.brin === b.brin,
    run: async (input, signal) => {
      const niveau = niveauFor(deps, input.crebo);
      const rows = scenarioRows(input);
      const ranking = await deps.client.call('bestPlaces', [rows, input.crebo, niveau, input.limits, input.brin], { signal });
      return { crebo: input.crebo, niveau, limit: input.limits[niveau], brin: input.brin, ranking, modelled: input.modelled };
    },
  };
}

export function oneProviderComputation(deps: PlacementDeps): Computation<Scenario & { crebo: string; k: number | null }, OneProviderShown> {
  return {
    inputs: INPUTS,
    select: () => {
      const question = usePlacementStore.getState().question;
      const scenario = currentScenario();
      return question?.kind === 'een-aanbieder' && scenario ? { ...scenario, crebo: question.crebo, k: question.k } : null;
    },
    same: (a, b) => sameScenario(a, b) && a.crebo === b.crebo && a.k === b.k,
    run: async (input, signal) => {
      const niveau = niveauFor(deps, input.crebo);
      const rows = scenarioRows(input);
      const answer = await deps.client.call('oneProvider', [rows, input.crebo, niveau, input.limits, input.k], { signal, key: 'one-provider' });
      return { ...answer, modelled: input.modelled };
    },
  };
}

const NO_EDITS: readonly Edit[] = [];

/**
 * The sector table's one-provider column: on the active offer WITHOUT the scenario's edits, like
 * the table's other columns, so "locations" and "needed" count the same rows.
 */
export function providerSummaryComputation(deps: PlacementDeps): Computation<Scenario & { crebos: readonly { crebo: string; niveau: Niveau }[] }, ProviderSummaryShown> {
  return {
    inputs: INPUTS,
    select: () => {
      const crebos = usePlacementStore.getState().summaryCrebos;
      const scenario = currentScenario();
      return crebos && crebos.length > 0 && scenario ? { ...scenario, edits: NO_EDITS, crebos } : null;
    },
    same: (a, b) => sameScenario(a, b) && a.crebos === b.crebos,
    run: async (input, signal) => {
      const rows = scenarioRows(input);
      const offered = new Set(rows.map((r) => r.crebo));
      const crebos = input.crebos.filter((c) => offered.has(c.crebo));
      const summary = await deps.client.call('providerSummary', [rows, crebos, input.limits], { signal, key: 'provider-summary' });
      return { rows: summary, modelled: input.modelled };
    },
  };
}
