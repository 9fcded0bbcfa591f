import { create } from 'zustand';
import type { Niveau } from '../engine/offer/types.ts';
import { MAX_LIMIT_MINUTES, MIN_LIMIT_MINUTES, NIVEAU_PROFILES, NIVEAUS } from '../engine/profiles/index.ts';

/**
 * The travel-time view's choices: which qualification, the limits per niveau and the clicked
 * cell. The niveau itself lives in the view store (it is part of every shared link and other
 * views use it too). The field and its outline are computed results: travel-field.ts and
 * travel-outline.ts, on the pipeline.
 */

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
  /** The clicked cell (dense index) whose minutes and modes are shown, or null. */
  selectedCell: number | null;
}

interface TravelActions {
  setCrebo(crebo: string | null): void;
  /** Throws RangeError for a limit outside MIN_LIMIT_MINUTES..MAX_LIMIT_MINUTES. */
  setLimit(niveau: Niveau, minutes: number): void;
  resetLimit(niveau: Niveau): void;
  /** Replaces all limits at once (from a link); missing or invalid entries get their default. */
  applyLimits(limits: Partial<Record<Niveau, number>>): void;
  selectCell(cell: number | null): void;
}

export type TravelStore = TravelState & TravelActions;

const INITIAL: TravelState = {
  crebo: null,
  limits: { ...DEFAULT_TRAVEL_LIMITS },
  selectedCell: null,
};

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
      s.limits[niveau] === DEFAULT_TRAVEL_LIMITS[niveau]
        ? s
        : { limits: { ...s.limits, [niveau]: DEFAULT_TRAVEL_LIMITS[niveau] } },
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
}));
