import { createAnalysisClient } from '../../workers/analysis/analysis-client.ts';
import { createIsochroneClient } from '../../workers/isochrone/isochrone-client.ts';
import { createMetricsClient } from '../../workers/metrics/metrics-client.ts';
import { createPlacementClient } from '../../workers/placement/placement-client.ts';
import { createPopulationClient } from '../../workers/population/population-client.ts';
import { createTravelClient } from '../../workers/travel/travel-client.ts';
import type { Gemeente, Grid, Location, Qualification } from '../data/geodata/index.ts';
import { krimpByGemeente } from '../engine/metrics/regions.ts';
import { domainOf, type Niveau } from '../engine/offer/index.ts';
import { UNREACHABLE } from '../engine/travel/index.ts';
import { catchmentEffectComputation, useCatchmentEffectStore } from '../state/catchment-effect.ts';
import { useDatasetStore } from '../state/dataset.ts';
import { earlyWarningComputation, useEarlyWarningStore } from '../state/early-warning.ts';
import { niveauCatchmentsComputation, useNiveauCatchmentsStore } from '../state/institution-profile.ts';
import { institutionSoleReachComputation, useInstitutionSoleReachStore } from '../state/institution-sole-reach.ts';
import { createMetricsSession, metricsGeodataOf } from '../state/metrics-session.ts';
import { startComputation } from '../state/pipeline/computation.ts';
import {
  bestPlaceComputation,
  oneProviderComputation,
  providerSummaryComputation,
  useBestPlaceStore,
  useOneProviderStore,
  useProviderSummaryStore,
} from '../state/placement.ts';
import {
  populationChangeComputation,
  usePopulationChangeStore,
  useVerzorgingsgebiedStore,
  verzorgingsgebiedComputation,
} from '../state/population.ts';
import { cachedProgrammeLocations } from '../state/programme-locations-source.ts';
import { scenarioMetricsComputation, useScenarioMetricsStore } from '../state/scenario-metrics.ts';
import { sectorMetricsComputation, useSectorMetricsStore } from '../state/sector-metrics.ts';
import { useTravelStore } from '../state/travel.ts';
import { travelFieldComputation, useTravelFieldStore } from '../state/travel-field.ts';
import { travelOutlineComputation, useTravelOutlineStore } from '../state/travel-outline.ts';

/** Travel workers: the target machine has two cores, and a field takes one. */
const TRAVEL_WORKERS = 2;

/** What the computations run on, loaded and checked by src/data. */
export interface RuntimeGeodata {
  grid: Grid;
  /** graph.bin's bytes, verified against the manifest (loadVerifiedGraph); each worker gets a copy. */
  graph: ArrayBuffer;
  gemeenten: readonly Gemeente[];
  locations: readonly Location[];
  qualifications: readonly Qualification[];
}

/**
 * Starts everything that computes behind the screen: the workers and every computation on the
 * pipeline (src/state/pipeline). Returns the one function that stops it all. A new computation
 * is one more `startComputation` line here. (The URL sync and the saved scenarios start earlier,
 * in main.tsx, because the first render already needs them.)
 */
export function startRuntime(geodata: RuntimeGeodata): () => void {
  const travel = createTravelClient(geodata.graph, TRAVEL_WORKERS);
  const isochrone = createIsochroneClient(geodata.grid);
  const population = createPopulationClient(geodata.graph, { grid: geodata.grid, gemeenten: geodata.gemeenten });
  const metricsGeodata = metricsGeodataOf(geodata);
  const limits = () => ({ ...useTravelStore.getState().limits });
  // Two metrics workers, so a sector session never delays the scenario's figures and vice versa;
  // each starts on its first evaluation.
  const scenarioMetrics = createMetricsSession(() => createMetricsClient(metricsGeodata, geodata.graph), limits);
  const sectorMetrics = createMetricsSession(() => createMetricsClient(metricsGeodata, geodata.graph), limits);
  const gemeenteIndex = new Map(geodata.gemeenten.map((g, i) => [g.code, i]));
  const mainLocations = geodata.locations.filter((l) => l.hoofdlocatie).map((l) => l.brinvest);
  const placement = createPlacementClient({ ...metricsGeodata, mainLocations }, geodata.graph);
  const niveauOf = new Map(geodata.qualifications.map((q) => [q.crebo, q.niveau]));
  const placementDeps = { client: placement, niveauOf: (crebo: string) => niveauOf.get(crebo) ?? null };
  // The active offer's list: an imported DUO file adds qualifications newer than the bundled one.
  const crebosOfDomein = (domein: string, niveau: Niveau) =>
    (useDatasetStore.getState().activeOffer?.qualifications ?? geodata.qualifications)
      .filter((q) => q.niveau === niveau && domainOf(q) === domein)
      .map((q) => q.crebo);

  const analysis = createAnalysisClient({
    graph: geodata.graph,
    popByYear: geodata.grid.popByYear,
    gemeente: geodata.grid.gemeente,
    gemeenteCount: geodata.gemeenten.length,
    krimp: krimpByGemeente(geodata.gemeenten),
  });
  // One cache for the early-warning table and the institution view: the same numbers, searched once.
  const programmeLocations = cachedProgrammeLocations(analysis);

  const stops = [
    startComputation(usePopulationChangeStore, populationChangeComputation(population)),
    startComputation(useVerzorgingsgebiedStore, verzorgingsgebiedComputation(population)),
    startComputation(
      useTravelFieldStore,
      travelFieldComputation({ travel, cellCount: geodata.grid.count, unreachable: UNREACHABLE }),
    ),
    startComputation(useTravelOutlineStore, travelOutlineComputation(isochrone)),
    startComputation(
      useScenarioMetricsStore,
      scenarioMetricsComputation({
        session: scenarioMetrics,
        crebosOfDomein,
        gemeenteIndex: (code) => gemeenteIndex.get(code) ?? -1,
      }),
    ),
    startComputation(useSectorMetricsStore, sectorMetricsComputation(sectorMetrics)),
    startComputation(useEarlyWarningStore, earlyWarningComputation({ programmeLocations })),
    startComputation(useInstitutionSoleReachStore, institutionSoleReachComputation({ programmeLocations })),
    startComputation(useBestPlaceStore, bestPlaceComputation(placementDeps)),
    startComputation(useOneProviderStore, oneProviderComputation(placementDeps)),
    startComputation(useProviderSummaryStore, providerSummaryComputation(placementDeps)),
    startComputation(
      useCatchmentEffectStore,
      catchmentEffectComputation({ travel, popByYear: geodata.grid.popByYear, crebosOfDomein }),
    ),
    startComputation(
      useNiveauCatchmentsStore,
      niveauCatchmentsComputation({ travel, popByYear: geodata.grid.popByYear }),
    ),
    // A clicked cell belongs to a field: with no field shown, forget it.
    useTravelFieldStore.subscribe((s) => {
      if (s.status === 'idle' && useTravelStore.getState().selectedCell !== null)
        useTravelStore.getState().selectCell(null);
    }),
  ];
  return () => {
    for (const stop of stops.reverse()) stop();
    travel.terminate();
    isochrone.terminate();
    population.terminate();
    scenarioMetrics.terminate();
    sectorMetrics.terminate();
    analysis.terminate();
    placement.terminate();
  };
}
