import { MAX_LIMIT_MINUTES } from '../engine/profiles/index.ts';
import type { Niveau } from '../engine/offer/types.ts';
import { sortedUniqueCells } from '../engine/reach/cell-sets.ts';
import { useTravelStore, type TravelField } from './travel.ts';
import { useViewStore } from './view.ts';

/**
 * The travel view's side effects, kept apart from its store: when the niveau, the qualification
 * or the active offer changes, work out the source cells and ask the worker pool for a field;
 * when a field or the limit changes, ask the isochrone worker for the outline. Results of
 * superseded requests are dropped, so a slow answer never overwrites a newer choice.
 */

/**
 * Fields are computed up to the largest limit a user may set, so editing the limit only
 * recolours the map (no new search), and a clicked cell beyond the limit still shows its minutes.
 */
export const TRAVEL_CUTOFF_MINUTES = MAX_LIMIT_MINUTES;

/** What the effects need from the active offer (src/state/dataset.ts supplies it). */
export interface TravelOfferView {
  /** Every place offering `crebo`, or any qualification at `niveau` when crebo is null. */
  vestigingenFor(niveau: Niveau, crebo: string | null): readonly string[];
  /**
   * Dense grid cell of a place: a vestiging (locations.json `cell`) or an imported offer's PC4
   * pseudo-location; -1 when it has none.
   */
  cellOf(id: string): number;
  /** True while the offer is the modelled default, not an imported DUO file. */
  modelled: boolean;
}

export interface TravelEffectsDeps {
  /** The worker pool (workers/): minutes and route modes from every cell to the nearest source. */
  computeField(sources: Int32Array, cutoffMinutes: number): Promise<{ minutes: Uint16Array; modes: Uint8Array | null }>;
  /** The isochrone worker (src/map/travel/isochrone-client.ts); null draws no outline. */
  outline: ((minutes: Uint16Array, limit: number, unreachable: number) => Promise<[number, number][][] | null>) | null;
  /** The engine's "unreachable" minutes value. */
  unreachable: number;
  cellCount: number;
  getOffer(): TravelOfferView | null;
  /** Calls `listener` whenever getOffer() may return something new; returns an unsubscribe. */
  subscribeOffer(listener: () => void): () => void;
}

interface Sources {
  cells: Int32Array;
  locationCount: number;
  offGridCount: number;
}

function sourcesFor(offer: TravelOfferView, niveau: Niveau, crebo: string | null): Sources {
  const vestigingen = new Set(offer.vestigingenFor(niveau, crebo));
  const cells: number[] = [];
  let offGridCount = 0;
  for (const id of vestigingen) {
    const cell = offer.cellOf(id);
    if (cell >= 0) cells.push(cell);
    else offGridCount++;
  }
  return { cells: sortedUniqueCells(cells), locationCount: vestigingen.size, offGridCount };
}

/** Starts the effects; returns a function that stops them and ignores any answer still coming. */
export function startTravelEffects(deps: TravelEffectsDeps): () => void {
  const travel = useTravelStore;
  let fieldRequest = 0;
  let lastChoice: { niveau: Niveau; crebo: string | null; offer: TravelOfferView } | null = null;
  let outlineKey = '';
  let stopped = false;

  const computeForChoice = (force = false) => {
    const niveau = useViewStore.getState().niveau;
    const { crebo } = travel.getState();
    const offer = deps.getOffer();
    if (niveau === null || offer === null) {
      fieldRequest++;
      lastChoice = null;
      if (travel.getState().status !== 'idle') travel.getState().cleared();
      return;
    }
    if (!force && lastChoice && lastChoice.niveau === niveau && lastChoice.crebo === crebo && lastChoice.offer === offer) return;
    lastChoice = { niveau, crebo, offer };
    const request = ++fieldRequest;
    const sources = sourcesFor(offer, niveau, crebo);
    const describe = (minutes: Uint16Array, modes: Uint8Array | null): Omit<TravelField, 'version'> => ({
      minutes,
      modes,
      unreachable: deps.unreachable,
      cutoffMinutes: TRAVEL_CUTOFF_MINUTES,
      niveau,
      crebo,
      locationCount: sources.locationCount,
      sourceCellCount: sources.cells.length,
      offGridCount: sources.offGridCount,
      modelled: offer.modelled,
    });
    if (sources.cells.length === 0) {
      // Nothing offers it: an honest all-unreachable field, no worker round trip.
      travel.getState().fieldReady(describe(new Uint16Array(deps.cellCount).fill(deps.unreachable), null));
      return;
    }
    travel.getState().computationStarted();
    deps.computeField(sources.cells, TRAVEL_CUTOFF_MINUTES).then(
      (result) => {
        if (stopped || request !== fieldRequest) return;
        if (result.minutes.length !== deps.cellCount) {
          travel.getState().computationFailed(`the field has ${result.minutes.length} cells, the grid ${deps.cellCount}`);
          return;
        }
        travel.getState().fieldReady(describe(result.minutes, result.modes));
      },
      (error: unknown) => {
        if (stopped || request !== fieldRequest) return;
        travel.getState().computationFailed(error instanceof Error ? error.message : String(error));
      },
    );
  };

  const outlineForField = () => {
    const { field, limits } = travel.getState();
    if (!deps.outline || !field) {
      outlineKey = '';
      return;
    }
    const limit = limits[field.niveau];
    const key = `${field.version}:${limit}`;
    if (key === outlineKey) return;
    outlineKey = key;
    const { version } = field;
    deps.outline(field.minutes, limit, field.unreachable).then(
      (paths) => {
        const now = travel.getState();
        // Superseded (null), or the field or limit moved on while the worker traced it.
        if (stopped || paths === null || now.field?.version !== version || now.limits[now.field.niveau] !== limit) return;
        now.outlineReady({ paths, fieldVersion: version, limit });
      },
      (error: unknown) => {
        // The outline is an aid: log, keep the field. The legend omits the outline entry then.
        console.error('Regiekaart: isochrone outline failed', error);
      },
    );
  };

  const unsubscribers = [
    useViewStore.subscribe((s, prev) => {
      if (s.niveau !== prev.niveau) computeForChoice();
    }),
    travel.subscribe((s, prev) => {
      if (s.crebo !== prev.crebo) computeForChoice();
      if (s.retries !== prev.retries) computeForChoice(true);
      if (s.field !== prev.field || s.limits !== prev.limits) outlineForField();
    }),
    deps.subscribeOffer(() => computeForChoice()),
  ];
  computeForChoice();

  return () => {
    stopped = true;
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
