import type { Gemeente, Grid, Location, Qualification } from '../data/geodata/index.ts';
import { domainOf, type Niveau, type Offer } from '../engine/offer/index.ts';
import type { EditCatalogue } from '../engine/scenario/index.ts';
import { startScenarioEffects, type ScenarioOffer } from './scenario-effects.ts';
import { createMetricsService, type MetricsService } from './scenario-metrics/client.ts';
import type { MetricsDataset } from './scenario-metrics/evaluate.ts';
import { persistScenarios, useScenarioStore } from './scenario.ts';
import { useTravelStore } from './travel.ts';

/**
 * Everything the scenarios need at run time, started in one call once the geodata is loaded:
 * saved scenarios restored (and saved on change), a shared link applied, the metrics worker
 * started and the effects that feed it. The caller (the app shell) supplies the active offer
 * from the dataset store.
 */
export interface ScenarioRuntimeInput {
  grid: Pick<Grid, 'count' | 'pop' | 'gemeente'>;
  /** graph.bin's verified bytes; the metrics worker gets a copy. */
  graph: ArrayBuffer;
  gemeenten: readonly Gemeente[];
  locations: readonly Location[];
  qualifications: readonly Qualification[];
  /** The active offer (src/state/dataset.ts), or null while it loads. */
  getOffer(): { offer: Offer; modelled: boolean } | null;
  /** Calls `listener` whenever getOffer() may return something new; returns an unsubscribe. */
  subscribeOffer(listener: () => void): () => void;
  /** For tests: a service instead of the real worker. */
  metrics?: MetricsService;
}

/** localStorage, or null where the browser blocks it (then nothing is saved, and the panel says so). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function metricsDatasetFrom(input: ScenarioRuntimeInput): MetricsDataset {
  const gemeenteIndex = new Map(input.gemeenten.map((g, i) => [g.code, i]));
  return {
    // Copies: the worker gets its own arrays; the grid's arrays stay usable here.
    grid: { count: input.grid.count, pop: input.grid.pop.slice(), gemeente: input.grid.gemeente.slice() },
    gemeenten: input.gemeenten.map(({ code, naam, provincie, amr, amrNaam, rmc, rmcNaam, krimp }) => ({
      code, naam, provincie, amr, amrNaam, rmc, rmcNaam, krimp: krimp ? { type: krimp.type } : null,
    })),
    locations: input.locations.map((l) => ({
      brinvest: l.brinvest,
      brin: l.brin,
      cell: l.cell,
      gemeente: l.gemeente === null ? -1 : (gemeenteIndex.get(l.gemeente) ?? -1),
    })),
    limits: { ...useTravelStore.getState().limits },
  };
}

export function startScenarioRuntime(input: ScenarioRuntimeInput): () => void {
  const byCrebo = new Map(input.qualifications.map((q) => [q.crebo, q]));
  const gemeenteIndex = new Map(input.gemeenten.map((g, i) => [g.code, i]));

  // One ScenarioOffer per offer object, so the effects can tell a new offer by identity.
  let lastOffer: Offer | null = null;
  let lastScenarioOffer: ScenarioOffer | null = null;
  const getOffer = (): ScenarioOffer | null => {
    const active = input.getOffer();
    if (!active) return null;
    if (active.offer !== lastOffer || lastScenarioOffer?.modelled !== active.modelled) {
      const offer = active.offer;
      const catalogue: EditCatalogue = {
        qualification: (crebo) => byCrebo.get(crebo),
        // Known vestigingen, and an imported offer's pseudo-locations.
        hasVestiging: (id) => offer.place(id) !== undefined,
      };
      lastOffer = offer;
      lastScenarioOffer = { offer, catalogue, modelled: active.modelled };
    }
    return lastScenarioOffer;
  };

  const stops: (() => void)[] = [];
  const storage = browserStorage();
  if (storage) stops.push(persistScenarios(useScenarioStore, storage));
  else useScenarioStore.setState({ saveProblem: 'this browser does not allow local storage' });

  const metrics = input.metrics ?? createMetricsService(metricsDatasetFrom(input), input.graph.slice(0));
  stops.push(
    startScenarioEffects({
      metrics,
      getOffer,
      subscribeOffer: input.subscribeOffer,
      crebosOfDomein: (domein: string, niveau: Niveau) =>
        input.qualifications.filter((q) => q.niveau === niveau && domainOf(q) === domein).map((q) => q.crebo),
      gemeenteIndex: (code) => gemeenteIndex.get(code) ?? -1,
    }),
  );
  return () => {
    for (const stop of stops.reverse()) stop();
    if (!input.metrics) metrics.dispose();
  };
}
