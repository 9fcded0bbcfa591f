import type { PopulationApi, PopulationChangeTables } from '../../workers/population/population-api.ts';
import type { WorkerClient } from '../../workers/protocol/worker-client.ts';
import type { Niveau, Offer } from '../engine/offer/index.ts';
import type { Verzorgingsgebied } from '../engine/population/index.ts';
import { useDatasetStore } from './dataset.ts';
import type { Computation } from './pipeline/computation.ts';
import { createResultStore } from './pipeline/result-store.ts';
import { useTravelStore } from './travel.ts';
import { useViewStore } from './view.ts';

/**
 * Two computations of the population worker on the pipeline: the change of the 15–24
 * population 2021 → 2031 per region (no inputs: it depends only on the data, so it runs once),
 * and the verzorgingsgebied of every location of the chosen niveau in 2021 and 2031 (inputs: the
 * active offer, the niveau and its travel limit).
 */
type Client = Pick<WorkerClient<PopulationApi>, 'call'>;

export const usePopulationChangeStore = createResultStore<PopulationChangeTables>();

const ONCE = {};

export function populationChangeComputation(client: Client): Computation<typeof ONCE, PopulationChangeTables> {
  return {
    inputs: [],
    select: () => ONCE,
    run: (_input, signal) => client.call('change', [], { signal }),
  };
}

export interface Verzorgingsgebieden {
  niveau: Niveau;
  limit: number;
  /** one per location offering the niveau, in vestiging order */
  list: Verzorgingsgebied[];
}

export const useVerzorgingsgebiedStore = createResultStore<Verzorgingsgebieden>();

interface CatchmentInput {
  offer: Offer;
  niveau: Niveau;
  limit: number;
}

export function verzorgingsgebiedComputation(client: Client): Computation<CatchmentInput, Verzorgingsgebieden> {
  return {
    inputs: [useDatasetStore, useViewStore, useTravelStore],
    select: () => {
      const offer = useDatasetStore.getState().activeOffer?.offer ?? null;
      const niveau = useViewStore.getState().niveau;
      if (!offer || niveau === null) return null;
      return { offer, niveau, limit: useTravelStore.getState().limits[niveau] };
    },
    run: async ({ offer, niveau, limit }, signal) => {
      const rows = offer.rows.filter((r) => r.niveau === niveau);
      // The offer's own places (vestigingen and an import's pseudo-locations) with their cells.
      const places = [...new Set(rows.map((r) => r.vestiging))].map((brinvest) => {
        const place = offer.place(brinvest);
        return { brinvest, brin: place?.brin ?? null, cell: place?.cell ?? -1 };
      });
      const list = await client.call('verzorgingsgebieden', [rows, niveau, places, limit], { signal });
      return { niveau, limit, list };
    },
  };
}
