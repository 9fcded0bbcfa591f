import type { Niveau } from '../engine/offer/types.ts';
import { MAX_LIMIT_MINUTES } from '../engine/profiles/index.ts';
import { sortedUniqueCells } from '../engine/reach/cell-sets.ts';
import type { Offer } from '../engine/offer/offer.ts';
import type { TravelClient } from '../../workers/travel/travel-client.ts';
import { useDatasetStore } from './dataset.ts';
import type { Computation } from './pipeline/computation.ts';
import { createResultStore } from './pipeline/result-store.ts';
import { useTravelStore } from './travel.ts';
import { useViewStore } from './view.ts';

/**
 * The travel field on the pipeline: minutes from every grid cell to the nearest location that
 * offers the chosen qualification (or anything at the chosen niveau), computed by the travel
 * workers whenever the niveau, the qualification or the active offer changes.
 */

/**
 * Fields are computed up to the largest limit a user may set, so editing the limit only
 * recolours the map (no new search), and a clicked cell beyond the limit still shows its minutes.
 */
export const TRAVEL_CUTOFF_MINUTES = MAX_LIMIT_MINUTES;

/** A computed travel field and what it was computed for (the result store's `value`). */
export interface ShownTravelField {
  /** Minutes per dense cell index; `unreachable` where no source is within the cutoff. */
  minutes: Uint16Array;
  /** MODE_* bits of the fastest route per cell (src/engine/graph/modes.ts); null if the engine gave none. */
  modes: Uint8Array | null;
  /** The engine's value for "not reachable within the cutoff". */
  unreachable: number;
  /** The cutoff the field was computed with: cells beyond it are `unreachable`. */
  cutoffMinutes: number;
  niveau: Niveau;
  crebo: string | null;
  /** Locations that offer it, and the distinct grid cells they sit in (the sources). */
  locationCount: number;
  sourceCellCount: number;
  /** Locations that offer it but lie off the grid (cell -1), so they are not sources. */
  offGridCount: number;
  /** Whether the offer it came from is modelled (then the legend must say so). */
  modelled: boolean;
}

export const useTravelFieldStore = createResultStore<ShownTravelField>();

interface FieldInput {
  niveau: Niveau;
  crebo: string | null;
  offer: Offer;
  modelled: boolean;
}

interface Sources {
  cells: Int32Array;
  locationCount: number;
  offGridCount: number;
}

function sourcesFor(offer: Offer, niveau: Niveau, crebo: string | null): Sources {
  const vestigingen = offer.vestigingenFor(niveau, crebo);
  const cells: number[] = [];
  let offGridCount = 0;
  for (const id of vestigingen) {
    const cell = offer.place(id)?.cell ?? -1;
    if (cell >= 0) cells.push(cell);
    else offGridCount++;
  }
  return { cells: sortedUniqueCells(cells), locationCount: vestigingen.length, offGridCount };
}

export interface TravelFieldDeps {
  travel: Pick<TravelClient, 'call'>;
  /** Cells in the grid: a field of any other length is refused. */
  cellCount: number;
  /** The engine's "unreachable" minutes value. */
  unreachable: number;
}

export function travelFieldComputation(deps: TravelFieldDeps): Computation<FieldInput, ShownTravelField> {
  return {
    inputs: [useViewStore, useTravelStore, useDatasetStore],
    select: () => {
      const { niveau } = useViewStore.getState();
      const active = useDatasetStore.getState().activeOffer;
      if (niveau === null || active === null) return null;
      return { niveau, crebo: useTravelStore.getState().crebo, offer: active.offer, modelled: active.modelled };
    },
    run: async ({ niveau, crebo, offer, modelled }, signal) => {
      const sources = sourcesFor(offer, niveau, crebo);
      const describe = (minutes: Uint16Array, modes: Uint8Array | null): ShownTravelField => ({
        minutes,
        modes,
        unreachable: deps.unreachable,
        cutoffMinutes: TRAVEL_CUTOFF_MINUTES,
        niveau,
        crebo,
        locationCount: sources.locationCount,
        sourceCellCount: sources.cells.length,
        offGridCount: sources.offGridCount,
        modelled,
      });
      // Nothing offers it: an honest all-unreachable field, no worker round trip.
      if (sources.cells.length === 0) return describe(new Uint16Array(deps.cellCount).fill(deps.unreachable), null);
      const field = await deps.travel.call('field', [sources.cells, TRAVEL_CUTOFF_MINUTES], { signal, key: 'travel-field' });
      if (field.minutes.length !== deps.cellCount) {
        throw new Error(`the field has ${field.minutes.length} cells, the grid ${deps.cellCount}`);
      }
      return describe(field.minutes, field.modes);
    },
  };
}
