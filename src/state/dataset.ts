import { useQuery } from '@tanstack/react-query';
import { del, get, set } from 'idb-keyval';
import { useEffect, useMemo } from 'react';
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { mergeQualifications } from '../data/aanbod/catalogue.ts';
import { parseOfferFile, serializeOfferFile, type OfferFile } from '../data/aanbod/offer-file.ts';
import { modelledOfferQuery } from '../data/aanbod/queries.ts';
import type { Qualification } from '../data/geodata/types.ts';
import { useQualifications } from '../data/queries/useGeodata.ts';
import { offerFromFile, type OfferFileContext } from '../engine/offer/from-file.ts';
import type { Offer } from '../engine/offer/offer.ts';

/**
 * The active offer: the modelled default (aanbod-model.json) or an imported DUO file.
 * An import is stored in IndexedDB (as the derived offer-file JSON) and restored on reload,
 * together with the user's choice; the user can switch back to the modelled offer at any time
 * without losing the import. A failed import never reaches this store, so the previous offer
 * stays active.
 */
export type OfferSource = 'modelled' | 'imported';

/** Key-value persistence; IndexedDB in the app, a Map in tests. */
export interface OfferStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: string): Promise<void>;
  del(key: string): Promise<void>;
}

export const STORAGE_KEYS = { file: 'regiekaart:aanbod:imported', active: 'regiekaart:aanbod:active' } as const;

export interface DatasetState {
  modelled: OfferFile | null;
  imported: OfferFile | null;
  /** Which offer is shown; 'imported' only while an import is present. */
  active: OfferSource;
  /** True once the stored import (if any) has been read. */
  restored: boolean;
  /** Why storing or restoring failed; the offer in memory is still usable. */
  storageError: string | null;
  setModelled(file: OfferFile): void;
  /** Makes a successfully parsed import active and stores it. */
  acceptImport(file: OfferFile): Promise<void>;
  setActive(source: OfferSource): Promise<void>;
  /** Deletes the stored import and returns to the modelled offer. */
  forgetImport(): Promise<void>;
  /** Reads the stored import and choice (call once at start-up). */
  restore(): Promise<void>;
}

export const idbOfferStorage: OfferStorage = {
  get: (key) => get(key),
  set: (key, value) => set(key, value),
  del: (key) => del(key),
};

export function createDatasetStore(storage: OfferStorage): UseBoundStore<StoreApi<DatasetState>> {
  return create<DatasetState>()((setState, getState) => {
    const persist = async (write: () => Promise<void>) => {
      try {
        await write();
        setState({ storageError: null });
      } catch (error) {
        setState({ storageError: (error as Error).message || String(error) });
      }
    };
    return {
      modelled: null,
      imported: null,
      active: 'modelled',
      restored: false,
      storageError: null,
      setModelled: (file) => {
        if (file.kind !== 'modelled') throw new Error(`setModelled: expected a modelled offer file, got kind "${file.kind}"`);
        setState({ modelled: file });
      },
      acceptImport: async (file) => {
        if (file.kind !== 'imported') throw new Error(`acceptImport: expected an imported offer file, got kind "${file.kind}"`);
        setState({ imported: file, active: 'imported' });
        await persist(async () => {
          await storage.set(STORAGE_KEYS.file, serializeOfferFile(file));
          await storage.set(STORAGE_KEYS.active, 'imported');
        });
      },
      setActive: async (source) => {
        if (source === 'imported' && getState().imported === null) return;
        setState({ active: source });
        await persist(() => storage.set(STORAGE_KEYS.active, source));
      },
      forgetImport: async () => {
        setState({ imported: null, active: 'modelled' });
        await persist(async () => {
          await storage.del(STORAGE_KEYS.file);
          await storage.set(STORAGE_KEYS.active, 'modelled');
        });
      },
      restore: async () => {
        try {
          const [text, active] = await Promise.all([storage.get(STORAGE_KEYS.file), storage.get(STORAGE_KEYS.active)]);
          if (typeof text === 'string') {
            const file = parseOfferFile(text, 'stored import');
            setState({ imported: file, active: active === 'modelled' ? 'modelled' : 'imported' });
          }
        } catch (error) {
          // Keep the stored text: a later version may read it; the modelled offer is shown meanwhile.
          setState({ storageError: (error as Error).message || String(error) });
        } finally {
          setState({ restored: true });
        }
      },
    };
  });
}

/** The app's dataset store, persisted in IndexedDB. */
export const useDatasetStore = createDatasetStore(idbOfferStorage);

/** The offer file currently shown (null while the modelled offer is still loading). */
export function activeOfferFile(state: Pick<DatasetState, 'active' | 'imported' | 'modelled'>): OfferFile | null {
  return state.active === 'imported' && state.imported ? state.imported : state.modelled;
}

/** True while what is shown is modelled data (also while nothing is loaded yet: never claim real data early). */
export function isModelledActive(state: Pick<DatasetState, 'active' | 'imported' | 'modelled'>): boolean {
  return activeOfferFile(state)?.kind !== 'imported';
}

/**
 * The qualification list of the active offer: the bundled list (qualifications.json) with what
 * an imported DUO file names merged in (see mergeQualifications). Every view that names or
 * groups qualifications reads this, so a crebo newer than the list has its name and domain
 * everywhere, and switching back to the modelled offer drops them again.
 */
export function useActiveQualifications(): { data: Qualification[] | undefined; error: Error | null } {
  const bundled = useQualifications();
  const catalogue = useDatasetStore((s) => activeOfferFile(s)?.catalogue);
  const data = useMemo(
    () => (bundled.data && catalogue ? mergeQualifications(bundled.data, catalogue.qualifications).qualifications : bundled.data),
    [bundled.data, catalogue],
  );
  return { data, error: bundled.error };
}

/** The active offer as an engine Offer, rebuilt only when the active file or the geodata change. */
export function useActiveOffer(ctx: OfferFileContext | null): Offer | null {
  const file = useDatasetStore(activeOfferFile);
  return useMemo(() => (file && ctx ? offerFromFile(file, ctx) : null), [file, ctx]);
}

/**
 * Call once in the app root: loads aanbod-model.json into the store and restores a stored
 * import. `error` is the load error of the modelled offer (a GeodataError naming the file).
 */
export function useDatasetBootstrap(): { ready: boolean; error: Error | null } {
  const modelled = useQuery(modelledOfferQuery);
  const restored = useDatasetStore((s) => s.restored);
  useEffect(() => {
    void useDatasetStore.getState().restore();
  }, []);
  useEffect(() => {
    if (modelled.data) useDatasetStore.getState().setModelled(modelled.data);
  }, [modelled.data]);
  return { ready: restored && modelled.data !== undefined, error: modelled.error };
}
