import { del, get, set } from 'idb-keyval';
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { type InstitutionCategory, parseCategoryList } from '../data/indicators/category.ts';
import { type Indicator, parseIndicatorList } from '../data/indicators/indicator.ts';
import type { OfferStorage } from './dataset.ts';

/**
 * The user's own figures (*eigen cijfers*), kept in IndexedDB with their provenance, apart from
 * the offer: adding or removing one never touches the active offer, and a failed import never
 * reaches this store. Also what the views do with them: which figure sizes the locations on the
 * map, and the small-programme threshold (flag, and optionally show only those).
 */
export const INDICATORS_KEY = 'regiekaart:indicators';
export const CATEGORIES_KEY = 'regiekaart:categories';

export interface SmallProgrammes {
  /** A student-count indicator. */
  indicatorId: string;
  /** Programme-locations with fewer students than this are small. */
  threshold: number;
  /** Show only locations with a small programme on the map and in the list. */
  onlySmall: boolean;
}

export interface IndicatorState {
  indicators: Indicator[];
  restored: boolean;
  storageError: string | null;
  /** Indicator that sizes the location markers; null = all the same size. */
  sizeBy: string | null;
  small: SmallProgrammes | null;
  /** Categories per institution (BRIN), e.g. the denominatie. */
  categories: InstitutionCategory[];
  /** The category duplication is counted by ("onderscheidend by identity"); null = between all institutions. */
  identity: string | null;
  add(list: Indicator[]): Promise<void>;
  addCategories(list: InstitutionCategory[]): Promise<void>;
  removeCategory(id: string): Promise<void>;
  setIdentity(id: string | null): void;
  remove(id: string): Promise<void>;
  restore(): Promise<void>;
  setSizeBy(id: string | null): void;
  setSmall(small: SmallProgrammes | null): void;
}

export const idbIndicatorStorage: OfferStorage = {
  get: (key) => get(key),
  set: (key, value) => set(key, value),
  del: (key) => del(key),
};

export function createIndicatorStore(storage: OfferStorage): UseBoundStore<StoreApi<IndicatorState>> {
  return create<IndicatorState>()((setState, getState) => {
    const persist = async (list: readonly unknown[], key = INDICATORS_KEY) => {
      try {
        if (list.length === 0) await storage.del(key);
        else await storage.set(key, JSON.stringify(list));
        setState({ storageError: null });
      } catch (error) {
        setState({ storageError: (error as Error).message || String(error) });
      }
    };
    return {
      indicators: [],
      restored: false,
      storageError: null,
      sizeBy: null,
      small: null,
      categories: [],
      identity: null,
      addCategories: async (list) => {
        const categories = [...getState().categories, ...list];
        setState({ categories });
        await persist(categories, CATEGORIES_KEY);
      },
      removeCategory: async (id) => {
        const categories = getState().categories.filter((c) => c.id !== id);
        setState({ categories, identity: getState().identity === id ? null : getState().identity });
        await persist(categories, CATEGORIES_KEY);
      },
      setIdentity: (identity) => setState({ identity }),
      add: async (list) => {
        const indicators = [...getState().indicators, ...list];
        setState({ indicators });
        await persist(indicators);
      },
      remove: async (id) => {
        const indicators = getState().indicators.filter((i) => i.id !== id);
        const { sizeBy, small } = getState();
        setState({
          indicators,
          sizeBy: sizeBy === id ? null : sizeBy,
          small: small?.indicatorId === id ? null : small,
        });
        await persist(indicators);
      },
      restore: async () => {
        try {
          const text = await storage.get(INDICATORS_KEY);
          if (typeof text === 'string') setState({ indicators: parseIndicatorList(text) });
          const categories = await storage.get(CATEGORIES_KEY);
          if (typeof categories === 'string') setState({ categories: parseCategoryList(categories) });
        } catch (error) {
          // The stored text stays as it is; the app runs without the figures meanwhile.
          setState({ storageError: (error as Error).message || String(error) });
        } finally {
          setState({ restored: true });
        }
      },
      setSizeBy: (sizeBy) => setState({ sizeBy }),
      setSmall: (small) => setState({ small }),
    };
  });
}

/** The app's indicator store, persisted in IndexedDB. */
export const useIndicatorStore = createIndicatorStore(idbIndicatorStorage);
