import type { ProgrammeLocation } from '../engine/analysis/index.ts';
import { groupByCrebo } from '../engine/metrics/offer-groups.ts';
import type { Offer } from '../engine/offer/offer.ts';
import type { Niveau } from '../engine/offer/types.ts';
import type { Jaar } from '../engine/population/years.ts';
import { useDatasetStore } from './dataset.ts';
import { useInstitutionProfileStore } from './institution-profile.ts';
import { useJaarStore } from './jaar.ts';
import type { Computation } from './pipeline/computation.ts';
import { createResultStore } from './pipeline/result-store.ts';
import { rowStream } from './pipeline/stream-schedule.ts';
import type { ProgrammeLocationsOf } from './programme-locations-source.ts';
import { useTravelStore } from './travel.ts';

/**
 * Where the opened institution is the only provider within reach: the early-warning figures
 * (sole reach) of its own programme-locations, for every niveau at that niveau's limit, in the
 * active offer as it is (no scenario edits, like the rest of the institution view). Each crebo
 * is searched over ALL its providers, through the same cached source as the early-warning
 * table, so the numbers are the table's for the same institution, in the year control's year.
 */
export interface InstitutionSoleReach {
  brin: string;
  /** the population year the figures count */
  jaar: Jaar;
  /** the institution's programme-locations, every niveau, crebo then vestiging order */
  locations: ProgrammeLocation[];
  /** crebos computed so far, of `total` */
  done: number;
  total: number;
}

export const useInstitutionSoleReachStore = createResultStore<InstitutionSoleReach>();

interface Input {
  brin: string;
  offer: Offer;
  limits: Readonly<Record<Niveau, number>>;
  jaar: Jaar;
}

const NIVEAUS: Niveau[] = [1, 2, 3, 4];

export function institutionSoleReachComputation(deps: {
  programmeLocations: ProgrammeLocationsOf;
}): Computation<Input, InstitutionSoleReach> {
  return {
    inputs: [useInstitutionProfileStore, useDatasetStore, useTravelStore, useJaarStore],
    select: () => {
      const brin = useInstitutionProfileStore.getState().brin;
      const active = useDatasetStore.getState().activeOffer;
      if (brin === null || active === null) return null;
      return {
        brin,
        offer: active.offer,
        limits: useTravelStore.getState().limits,
        jaar: useJaarStore.getState().jaar,
      };
    },
    run: async ({ brin, offer, limits, jaar }, signal, report) => {
      const own = (vestiging: string) => offer.place(vestiging)?.brin === brin;
      const work = NIVEAUS.flatMap((niveau) => {
        const groups = groupByCrebo(offer.rows, (r) => r.niveau === niveau);
        return [...groups.keys()]
          .sort()
          .map((crebo) => ({ niveau, crebo, vestigingen: [...(groups.get(crebo)?.vestigingen ?? [])].sort() }))
          .filter((w) => w.vestigingen.some(own));
      });
      const locations: ProgrammeLocation[] = [];
      const result = (done: number): InstitutionSoleReach => ({ brin, jaar, locations, done, total: work.length });
      const publish = rowStream<ProgrammeLocation>();
      for (let done = 0; done < work.length; done++) {
        const { niveau, crebo, vestigingen } = work[done];
        const all = await deps.programmeLocations(offer, crebo, niveau, vestigingen, limits[niveau], jaar, signal);
        for (const l of all) if (own(l.vestiging)) locations.push(l);
        const shown = publish(locations);
        if (shown) report({ ...result(done + 1), locations: shown });
      }
      return result(work.length);
    },
  };
}
