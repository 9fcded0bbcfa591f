import type { Gemeente, Grid, Location, Qualification } from '../data/geodata/index.ts';
import { domainOf } from '../engine/offer/index.ts';
import { UNREACHABLE } from '../engine/travel/index.ts';
import { catchmentEffectComputation, useCatchmentEffectStore } from '../state/catchment-effect.ts';
import { niveauCatchmentsComputation, useNiveauCatchmentsStore } from '../state/institution-profile.ts';
import { useDatasetStore } from '../state/dataset.ts';
import { startComputation } from '../state/pipeline/computation.ts';
import { startScenarioRuntime } from '../state/scenario-runtime.ts';
import { travelFieldComputation, useTravelFieldStore } from '../state/travel-field.ts';
import { travelOutlineComputation, useTravelOutlineStore } from '../state/travel-outline.ts';
import { useTravelStore } from '../state/travel.ts';
import { createIsochroneClient } from '../../workers/isochrone/isochrone-client.ts';
import { createTravelClient } from '../../workers/travel/travel-client.ts';

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
 * Starts everything that runs behind the screen: the workers, every computation on the
 * pipeline (src/state/pipeline) and the syncs. Returns the one function that stops it all.
 * A new computation is one more `startComputation` line here.
 */
export function startRuntime(geodata: RuntimeGeodata): () => void {
  const travel = createTravelClient(geodata.graph, TRAVEL_WORKERS);
  const isochrone = createIsochroneClient(geodata.grid);
  const stops = [
    startComputation(useTravelFieldStore, travelFieldComputation({ travel, cellCount: geodata.grid.count, unreachable: UNREACHABLE })),
    startComputation(useTravelOutlineStore, travelOutlineComputation(isochrone)),
    startComputation(
      useCatchmentEffectStore,
      catchmentEffectComputation({
        travel,
        pop: geodata.grid.pop,
        crebosOfDomein: (domein, niveau) => geodata.qualifications.filter((q) => q.niveau === niveau && domainOf(q) === domein).map((q) => q.crebo),
      }),
    ),
    startComputation(useNiveauCatchmentsStore, niveauCatchmentsComputation({ travel, pop: geodata.grid.pop })),
    // A clicked cell belongs to a field: with no field shown, forget it.
    useTravelFieldStore.subscribe((s) => {
      if (s.status === 'idle' && useTravelStore.getState().selectedCell !== null) useTravelStore.getState().selectCell(null);
    }),
    startScenarioRuntime({
      ...geodata,
      getOffer: () => useDatasetStore.getState().activeOffer,
      subscribeOffer: (listener) =>
        useDatasetStore.subscribe((s, prev) => {
          if (s.activeOffer !== prev.activeOffer) listener();
        }),
    }),
  ];
  return () => {
    for (const stop of stops.reverse()) stop();
    travel.terminate();
    isochrone.terminate();
  };
}
