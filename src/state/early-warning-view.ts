import { create } from 'zustand';
import type { IndicatorSortKey } from '../engine/indicators/sort-key.ts';
import type { Weergave } from './weergave.ts';

/**
 * The early-warning view (Signalering): whether it is open — the table is only computed while
 * it is — and how its table is sorted. Its filters are the view's own (niveau, domain, region,
 * institution in src/state/view.ts), so the table, the map and the location list always agree.
 */
export type EarlyWarningColumnKey =
  | 'crebo'
  | 'naam'
  | 'locatie'
  | 'instelling'
  | 'sole'
  | 'krimp'
  | 'anticipeer'
  | 'extra';
/** A figure column, or one of the user's own figures (`indicator:<id>`). */
export type EarlyWarningSortKey = EarlyWarningColumnKey | IndicatorSortKey;
export type SortDirection = 'ascending' | 'descending';

interface EarlyWarningViewState {
  open: boolean;
  sort: { key: EarlyWarningSortKey; direction: SortDirection };
  setOpen(open: boolean): void;
  /** Sorts by `key`; the same key again flips the direction. Figures start largest first. */
  sortBy(key: EarlyWarningSortKey): void;
}

const TEXT_KEYS: readonly EarlyWarningSortKey[] = ['crebo', 'naam', 'locatie', 'instelling'];

export const useEarlyWarningViewStore = create<EarlyWarningViewState>()((set) => ({
  open: false,
  sort: { key: 'sole', direction: 'descending' },
  setOpen: (open) => set({ open }),
  sortBy: (key) =>
    set((s) => ({
      sort:
        s.sort.key === key
          ? { key, direction: s.sort.direction === 'ascending' ? 'descending' : 'ascending' }
          : { key, direction: TEXT_KEYS.includes(key) ? 'ascending' : 'descending' },
    })),
}));

/** Signalering edits scenarios, so it shows (and computes) only in the editing views, not the sector or public one. */
export function earlyWarningShown(open: boolean, weergave: Weergave): boolean {
  return open && weergave !== 'sector' && weergave !== 'publiek';
}
