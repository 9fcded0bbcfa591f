import type { IsochroneClient } from '../../workers/isochrone/isochrone-client.ts';
import type { OutlinePath } from '../engine/travel/isochrone-outline.ts';
import type { Computation } from './pipeline/computation.ts';
import { createResultStore } from './pipeline/result-store.ts';
import { useTravelStore } from './travel.ts';
import { useTravelFieldStore } from './travel-field.ts';

/**
 * The isochrone outline of the shown travel field at its niveau's limit, traced in the
 * isochrone worker whenever the field or that limit changes. It is an aid: when it fails the
 * field stays and the legend leaves the outline out.
 */
export interface TravelOutline {
  paths: OutlinePath[];
  /** The travel field's result version it was traced for: any other field must not show it. */
  fieldVersion: number;
  limit: number;
}

export const useTravelOutlineStore = createResultStore<TravelOutline>();

interface OutlineInput {
  minutes: Uint16Array;
  unreachable: number;
  limit: number;
  fieldVersion: number;
}

export function travelOutlineComputation(
  isochrone: Pick<IsochroneClient, 'call'>,
): Computation<OutlineInput, TravelOutline> {
  return {
    inputs: [useTravelFieldStore, useTravelStore],
    select: () => {
      const { value: field, version } = useTravelFieldStore.getState();
      if (!field) return null;
      const limit = useTravelStore.getState().limits[field.niveau];
      return { minutes: field.minutes, unreachable: field.unreachable, limit, fieldVersion: version };
    },
    // The version too: a cached field comes back as the same array under a new version, and an
    // outline shows only with the version it was traced for.
    same: (a, b) => a.minutes === b.minutes && a.limit === b.limit && a.fieldVersion === b.fieldVersion,
    run: async ({ minutes, unreachable, limit, fieldVersion }, signal) => {
      // A copy goes to the worker (transferred); the field stays usable on this thread.
      const copy = minutes.slice();
      const paths = await isochrone.call('outline', [copy, limit, unreachable], { signal, transfer: [copy.buffer] });
      return { paths, fieldVersion, limit };
    },
  };
}
