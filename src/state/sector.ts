import { create } from 'zustand';
import type { RegionLayerId } from '../engine/metrics/regions.ts';
import type { SectorChoice } from '../engine/sector/groupings.ts';
import type { SortDirection, SortKey } from '../engine/sector/sector-table.ts';
import { METRICS_REGION_LAYERS } from './scenario.ts';

/** The standard region layers the sector view can scope its figures to: the metrics' layers without "custom". */
export const SECTOR_LAYERS = METRICS_REGION_LAYERS.filter((l) => l !== 'custom') as readonly SectorLayerId[];
export type SectorLayerId = Exclude<RegionLayerId, 'custom'>;

/**
 * What the sector view shows: the chosen domain or sector grouping, the region layer and
 * region (null = all of the Netherlands) the figures are for, and the table's sort order.
 * Kept in memory only: a btg session picks its sector on the spot.
 */
interface SectorViewState {
  choice: SectorChoice | null;
  layer: SectorLayerId;
  /** region code in the layer, or null for the whole country */
  region: string | null;
  sort: { key: SortKey; direction: SortDirection };
  setChoice(choice: SectorChoice | null): void;
  setLayer(layer: SectorLayerId): void;
  setRegion(region: string | null): void;
  /** Sorts by `key`; the same key again flips the direction. Numbers start high, text starts at A. */
  sortBy(key: SortKey): void;
}

export const useSectorStore = create<SectorViewState>()((set) => ({
  choice: null,
  layer: 'provincie',
  region: null,
  sort: { key: 'crebo', direction: 'ascending' },
  setChoice: (choice) => set({ choice }),
  setLayer: (layer) => set({ layer, region: null }),
  setRegion: (region) => set({ region }),
  sortBy: (key) =>
    set((s) => ({
      sort:
        s.sort.key === key
          ? { key, direction: s.sort.direction === 'ascending' ? 'descending' : 'ascending' }
          : { key, direction: key === 'crebo' || key === 'naam' || key === 'niveau' ? 'ascending' : 'descending' },
    })),
}));
