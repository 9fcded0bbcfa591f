import type { TravelClient } from '../../workers/travel/travel-client.ts';
import type { Offer } from '../engine/offer/offer.ts';
import type { Niveau } from '../engine/offer/types.ts';
import { MAX_LIMIT_MINUTES } from '../engine/profiles/index.ts';
import { sortedUniqueCells } from '../engine/reach/cell-sets.ts';
import type { Edit, EditCatalogue } from '../engine/scenario/index.ts';
import { vestigingenAfter } from '../engine/scenario/vestigingen-after.ts';
import { useDatasetStore } from './dataset.ts';
import { type Computation, sameFields } from './pipeline/computation.ts';
import { createResultStore } from './pipeline/result-store.ts';
import { activeScenario, useScenarioStore } from './scenario.ts';
import { useTravelStore } from './travel.ts';
import { useViewStore } from './view.ts';

/**
 * The travel field on the pipeline: minutes from every grid cell to the nearest location that
 * offers the chosen qualification (or anything at the chosen niveau), computed by the travel
 * workers whenever the niveau, the qualification, the active offer or the scenario changes.
 * With a scenario the field is the one the scenario view shows: after its edits, or before
 * them once B flips the view (`showAfter`), so the map is about what the figures are about.
 */

/** Which side of the scenario a field shows: null when the scenario has no edits. */
export type ScenarioSide = 'before' | 'after' | null;

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
  /** The offer before or after the active scenario's edits; null without edits. */
  side: ScenarioSide;
}

export const useTravelFieldStore = createResultStore<ShownTravelField>();

interface FieldInput {
  niveau: Niveau;
  crebo: string | null;
  modelled: boolean;
  side: ScenarioSide;
  sources: Sources;
}

interface Sources {
  cells: Int32Array;
  locationCount: number;
  offGridCount: number;
}

function sourcesOf(offer: Offer, vestigingen: readonly string[]): Sources {
  const cells: number[] = [];
  let offGridCount = 0;
  for (const id of vestigingen) {
    const cell = offer.place(id)?.cell ?? -1;
    if (cell >= 0) cells.push(cell);
    else offGridCount++;
  }
  return { cells: sortedUniqueCells(cells), locationCount: vestigingen.length, offGridCount };
}

const NO_EDITS: readonly Edit[] = [];

/**
 * The sources of the field the screen asks for, and which side of the scenario they are. An
 * edit list that does not apply to the offer (e.g. after switching to an import) gives the
 * offer as it is: the scenario panel says why.
 */
function sourcesFor(
  offer: Offer,
  catalogue: EditCatalogue,
  niveau: Niveau,
  crebo: string | null,
  edits: readonly Edit[],
  showAfter: boolean,
): { sources: Sources; side: ScenarioSide } {
  if (edits.length === 0) return { sources: sourcesOf(offer, offer.vestigingenFor(niveau, crebo)), side: null };
  if (!showAfter) return { sources: sourcesOf(offer, offer.vestigingenFor(niveau, crebo)), side: 'before' };
  const after = vestigingenAfter(offer, edits, catalogue, niveau, crebo);
  if ('error' in after) return { sources: sourcesOf(offer, offer.vestigingenFor(niveau, crebo)), side: null };
  return { sources: sourcesOf(offer, after.vestigingen), side: 'after' };
}

function sameCells(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Fields kept by their source cells: B flips between two fields, and an undo returns to the
 * one before, so those come back without a search. Each is ~170 kB (minutes and modes).
 */
const FIELD_CACHE_SIZE = 4;

export interface TravelFieldDeps {
  travel: Pick<TravelClient, 'call'>;
  /** Cells in the grid: a field of any other length is refused. */
  cellCount: number;
  /** The engine's "unreachable" minutes value. */
  unreachable: number;
}

export function travelFieldComputation(deps: TravelFieldDeps): Computation<FieldInput, ShownTravelField> {
  let lastSelect: {
    key: { offer: Offer; niveau: Niveau; crebo: string | null; edits: readonly Edit[]; showAfter: boolean };
    input: FieldInput;
  } | null = null;
  const cache = new Map<string, { minutes: Uint16Array; modes: Uint8Array | null }>();
  return {
    inputs: [useViewStore, useTravelStore, useDatasetStore, useScenarioStore],
    select: () => {
      const { niveau } = useViewStore.getState();
      const active = useDatasetStore.getState().activeOffer;
      if (niveau === null || active === null) return null;
      const crebo = useTravelStore.getState().crebo;
      const scenario = useScenarioStore.getState();
      const edits = activeScenario(scenario).edits;
      const showAfter = scenario.view.showAfter;
      // The view store changes on every camera move: the sources are worked out again only
      // when something they depend on changed.
      const key = { offer: active.offer, niveau, crebo, edits: edits.length > 0 ? edits : NO_EDITS, showAfter };
      if (!lastSelect || !sameFields(lastSelect.key, key)) {
        const found = sourcesFor(active.offer, active.catalogue, niveau, crebo, edits, showAfter);
        lastSelect = { key, input: { niveau, crebo, modelled: active.modelled, ...found } };
      }
      return lastSelect.input;
    },
    same: (a, b) =>
      a.niveau === b.niveau &&
      a.crebo === b.crebo &&
      a.modelled === b.modelled &&
      a.side === b.side &&
      a.sources.locationCount === b.sources.locationCount &&
      a.sources.offGridCount === b.sources.offGridCount &&
      sameCells(a.sources.cells, b.sources.cells),
    run: async ({ niveau, crebo, modelled, side, sources }, signal) => {
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
        side,
      });
      // Nothing offers it: an honest all-unreachable field, no worker round trip.
      if (sources.cells.length === 0) return describe(new Uint16Array(deps.cellCount).fill(deps.unreachable), null);
      const cacheKey = sources.cells.join(',');
      const cached = cache.get(cacheKey);
      if (cached) {
        // Most recently used last, so the oldest is the first key.
        cache.delete(cacheKey);
        cache.set(cacheKey, cached);
        return describe(cached.minutes, cached.modes);
      }
      const field = await deps.travel.call('field', [sources.cells, TRAVEL_CUTOFF_MINUTES], {
        signal,
        key: 'travel-field',
      });
      if (field.minutes.length !== deps.cellCount) {
        throw new Error(`the field has ${field.minutes.length} cells, the grid ${deps.cellCount}`);
      }
      cache.set(cacheKey, { minutes: field.minutes, modes: field.modes });
      if (cache.size > FIELD_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      return describe(field.minutes, field.modes);
    },
  };
}
