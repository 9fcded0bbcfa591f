import { create } from 'zustand';
import { MAX_LIMIT_MINUTES, MIN_LIMIT_MINUTES, NIVEAU_PROFILES, NIVEAUS } from '../engine/profiles/index.ts';
import type { Niveau } from '../engine/offer/types.ts';

/**
 * The travel-time view: which qualification, the limits per niveau, the current field and the
 * state of its computation. The niveau itself lives in the view store (it is part of every
 * shared link and other views use it too); this store holds what only the travel view needs.
 * Side effects (asking the workers) live apart, in travel-effects.ts.
 */

/** Minutes from every grid cell to the nearest source, as computed by the worker pool. */
export interface TravelField {
  /** Minutes per dense cell index; `unreachable` where no source is within the cutoff. */
  minutes: Uint16Array;
  /** MODE_* bits of the fastest route per cell (src/engine/graph/modes.ts); null if the engine gave none. */
  modes: Uint8Array | null;
  /** The engine's value for "not reachable within the cutoff". */
  unreachable: number;
  /** The cutoff the field was computed with: cells beyond it are `unreachable`. */
  cutoffMinutes: number;
  /** Increases with every field this store receives: the layers' updateTriggers key. */
  version: number;
  /** What the field was computed for. */
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

/** The isochrone outline of a field at one limit. */
export interface TravelOutline {
  paths: [number, number][][];
  fieldVersion: number;
  limit: number;
}

/**
 * - idle: no niveau chosen, nothing to show;
 * - computing: the first field for this choice is being computed (nothing to show yet);
 * - stale: a field is shown, in grey, while the one for the new choice is computed;
 * - ready: the field shown is the one for the current choice;
 * - error: the computation failed (`error` says why).
 */
export type TravelStatus = 'idle' | 'computing' | 'stale' | 'ready' | 'error';

export type TravelLimits = Record<Niveau, number>;

export const DEFAULT_TRAVEL_LIMITS: Readonly<TravelLimits> = {
  1: NIVEAU_PROFILES[1].defaultMaxMinutes,
  2: NIVEAU_PROFILES[2].defaultMaxMinutes,
  3: NIVEAU_PROFILES[3].defaultMaxMinutes,
  4: NIVEAU_PROFILES[4].defaultMaxMinutes,
};

export function isValidLimit(minutes: number): boolean {
  return Number.isInteger(minutes) && minutes >= MIN_LIMIT_MINUTES && minutes <= MAX_LIMIT_MINUTES;
}

interface TravelState {
  /** The qualification, or null for "any qualification at this niveau". */
  crebo: string | null;
  limits: TravelLimits;
  field: TravelField | null;
  outline: TravelOutline | null;
  status: TravelStatus;
  error: string | null;
  /** The clicked cell (dense index) whose minutes and modes are shown, or null. */
  selectedCell: number | null;
  /** Counts "try again" requests after an error; the effects recompute when it changes. */
  retries: number;
}

interface TravelActions {
  setCrebo(crebo: string | null): void;
  /** Throws RangeError for a limit outside MIN_LIMIT_MINUTES..MAX_LIMIT_MINUTES. */
  setLimit(niveau: Niveau, minutes: number): void;
  resetLimit(niveau: Niveau): void;
  /** Replaces all limits at once (from a link); missing or invalid entries get their default. */
  applyLimits(limits: Partial<Record<Niveau, number>>): void;
  selectCell(cell: number | null): void;
  retry(): void;
  /** Effects only: a computation for the current choice has started. */
  computationStarted(): void;
  /** Effects only: the field for the current choice arrived (version is assigned here). */
  fieldReady(field: Omit<TravelField, 'version'>): void;
  /** Effects only: there is nothing to compute (no niveau chosen). */
  cleared(): void;
  computationFailed(reason: string): void;
  outlineReady(outline: TravelOutline): void;
}

export type TravelStore = TravelState & TravelActions;

const INITIAL: TravelState = {
  crebo: null,
  limits: { ...DEFAULT_TRAVEL_LIMITS },
  field: null,
  outline: null,
  status: 'idle',
  error: null,
  selectedCell: null,
  retries: 0,
};

// Never reset, so a field's version is unique for the whole session, even across clears.
let lastFieldVersion = 0;

export const useTravelStore = create<TravelStore>()((set) => ({
  ...INITIAL,
  setCrebo: (crebo) => set({ crebo }),
  setLimit: (niveau, minutes) => {
    if (!NIVEAUS.includes(niveau)) throw new RangeError(`unknown niveau ${niveau}`);
    if (!isValidLimit(minutes)) {
      throw new RangeError(
        `limit for niveau ${niveau} must be a whole number of minutes from ${MIN_LIMIT_MINUTES} to ${MAX_LIMIT_MINUTES}, got ${minutes}`,
      );
    }
    set((s) => (s.limits[niveau] === minutes ? s : { limits: { ...s.limits, [niveau]: minutes } }));
  },
  resetLimit: (niveau) =>
    set((s) =>
      s.limits[niveau] === DEFAULT_TRAVEL_LIMITS[niveau] ? s : { limits: { ...s.limits, [niveau]: DEFAULT_TRAVEL_LIMITS[niveau] } },
    ),
  applyLimits: (limits) => {
    const next = { ...DEFAULT_TRAVEL_LIMITS };
    for (const niveau of NIVEAUS) {
      const value = limits[niveau];
      if (value !== undefined && isValidLimit(value)) next[niveau] = value;
    }
    // Same limits keep the same object: subscribers (fields, outlines, metrics) key on identity.
    set((s) => (NIVEAUS.every((n) => s.limits[n] === next[n]) ? s : { limits: next }));
  },
  selectCell: (selectedCell) => set({ selectedCell }),
  retry: () => set((s) => ({ retries: s.retries + 1 })),
  computationStarted: () => set((s) => ({ status: s.field ? 'stale' : 'computing', error: null })),
  fieldReady: (field) =>
    set({ field: { ...field, version: ++lastFieldVersion }, status: 'ready', error: null }),
  cleared: () => set({ field: null, outline: null, status: 'idle', error: null, selectedCell: null }),
  computationFailed: (error) => set({ status: 'error', error }),
  outlineReady: (outline) => set({ outline }),
}));

