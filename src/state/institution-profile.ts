import { create } from 'zustand';
import type { TravelClient } from '../../workers/travel/travel-client.ts';
import { catchmentFromNearest, catchmentSources } from '../engine/analysis/catchment.ts';
import type { Niveau, Offer } from '../engine/offer/index.ts';
import type { PopulationByYear } from '../engine/population/by-year.ts';
import { JAREN, type Jaar } from '../engine/population/years.ts';
import { useDatasetStore } from './dataset.ts';
import type { Computation } from './pipeline/computation.ts';
import { createResultStore } from './pipeline/result-store.ts';
import { useTravelStore } from './travel.ts';

/**
 * The institution view (Instellingsprofiel): which institution is shown, and, while it is open,
 * every institution's catchment per niveau in the active offer (four nearest-source searches
 * in the travel workers, shared by whichever institution is opened next), counted in every
 * population year: who is nearest to whom does not depend on the year, only how many live there.
 */
export const useInstitutionProfileStore = create<{ brin: string | null; open(brin: string): void; close(): void }>()(
  (set) => ({
    brin: null,
    open: (brin) => set({ brin }),
    close: () => set({ brin: null }),
  }),
);

const NIVEAUS: Niveau[] = [1, 2, 3, 4];

export interface YearCatchment {
  /** 15–24 year olds of the year served per institution */
  byInstitution: ReadonlyMap<string, number>;
  /** all of them: the niveau's coverage count in that year */
  covered: number;
}

export interface NiveauCatchment {
  niveau: Niveau;
  limit: number;
  byYear: Readonly<Record<Jaar, YearCatchment>>;
}

export const useNiveauCatchmentsStore = createResultStore<NiveauCatchment[]>();

interface Input {
  offer: Offer;
  limits: Readonly<Record<Niveau, number>>;
}

export function niveauCatchmentsComputation(deps: {
  travel: Pick<TravelClient, 'call'>;
  popByYear: PopulationByYear;
}): Computation<Input, NiveauCatchment[]> {
  return {
    inputs: [useInstitutionProfileStore, useDatasetStore, useTravelStore],
    select: () => {
      const active = useDatasetStore.getState().activeOffer;
      if (useInstitutionProfileStore.getState().brin === null || active === null) return null;
      return { offer: active.offer, limits: useTravelStore.getState().limits };
    },
    run: ({ offer, limits }, signal) =>
      Promise.all(
        NIVEAUS.map(async (niveau): Promise<NiveauCatchment> => {
          const limit = limits[niveau];
          const sources = catchmentSources(offer.rows, { niveau }, (id) => offer.place(id));
          const field = await deps.travel.call('nearest', [sources.sources, sources.labels, limit], {
            signal,
            key: `niveau-catchment-${niveau}`,
          });
          const byYear = {} as Record<Jaar, YearCatchment>;
          for (const jaar of JAREN) {
            const { byInstitution } = catchmentFromNearest(sources, field, deps.popByYear[jaar], limit);
            let covered = 0;
            for (const count of byInstitution.values()) covered += count;
            byYear[jaar] = { byInstitution, covered };
          }
          return { niveau, limit, byYear };
        }),
      ),
  };
}
