import { useQuery } from '@tanstack/react-query';
import { del, get, set } from 'idb-keyval';
import { useEffect } from 'react';
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { mergeQualifications } from '../data/aanbod/catalogue.ts';
import { type OfferFile, parseOfferFile, serializeOfferFile } from '../data/aanbod/offer-file.ts';
import { modelledOfferQuery } from '../data/aanbod/queries.ts';
import type { Location, Qualification } from '../data/geodata/index.ts';
import { gridQuery, qualificationsQuery } from '../data/queries/geodata-queries.ts';
import { type OfferFileContext, offerFromFile } from '../engine/offer/from-file.ts';
import type { Offer } from '../engine/offer/offer.ts';
import type { EditCatalogue } from '../engine/scenario/catalogue.ts';

/**
 * The active offer: the modelled default (aanbod-model.json) or an imported DUO file.
 * An import is stored in IndexedDB (as the derived offer-file JSON) and restored on reload,
 * together with the user's choice; the user can switch back to the modelled offer at any time
 * without losing the import. A failed import never reaches this store, so the previous offer
 * stays active.
 *
 * The store also holds the active offer itself, built here from the active file and the geodata
 * (`setContext`, called by the runtime once the grid and qualifications are in): one Offer per
 * file, which the travel field, the scenarios, the sector view and the panels all read.
 */
export type OfferSource = 'modelled' | 'imported';

/** Key-value persistence; IndexedDB in the app, a Map in tests. */
export interface OfferStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: string): Promise<void>;
  del(key: string): Promise<void>;
}

export const STORAGE_KEYS = { file: 'regiekaart:aanbod:imported', active: 'regiekaart:aanbod:active' } as const;

/** The active offer as the engine sees it, with what edits are checked against. */
export interface ActiveOffer {
  offer: Offer;
  /** Known crebos, and the vestigingen and pseudo-locations of this offer: what an edit may name. */
  catalogue: EditCatalogue;
  /** True for the modelled default (then everything derived from it must say so). */
  modelled: boolean;
  file: OfferFile;
  /**
   * The offer's qualification list: the bundled list with what an imported DUO file names merged
   * in (see mergeQualifications), so a crebo newer than the list has its name and domain everywhere.
   */
  qualifications: Qualification[];
}

/**
 * The active offer as the app layout hands it to the panels (see `useOffer` in src/app): here, below
 * the panels, so that a panel can name the type without importing the app.
 */
export type OfferState =
  | { status: 'pending' }
  | { status: 'error'; error: Error }
  | {
      status: 'ready';
      offer: Offer;
      qualifications: readonly Qualification[];
      /** brinvests passing the offer filter; null when no offer filter is active. */
      offerPlaces: ReadonlySet<string> | null;
    };

export interface DatasetState {
  modelled: OfferFile | null;
  imported: OfferFile | null;
  /** Which offer is shown; 'imported' only while an import is present. */
  active: OfferSource;
  /** True once the stored import (if any) has been read. */
  restored: boolean;
  /** Why storing or restoring failed; the offer in memory is still usable. */
  storageError: string | null;
  /** What the offer is built with (locations, qualifications, grid centres); null until loaded. */
  context: OfferFileContext | null;
  /** The active offer, built from the active file and the context; null until both are in. */
  activeOffer: ActiveOffer | null;
  setContext(context: OfferFileContext): void;
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

/** The active offer for a state, reusing `previous` when its file and context are the same. */
function deriveActiveOffer(
  state: DatasetState,
  previous: ActiveOffer | null,
  previousContext: OfferFileContext | null,
): ActiveOffer | null {
  const file = activeOfferFile(state);
  if (!file || !state.context) return null;
  if (previous && previous.file === file && previousContext === state.context) return previous;
  const bundled = state.context.qualifications;
  const qualifications = file.catalogue
    ? mergeQualifications(bundled, file.catalogue.qualifications).qualifications
    : [...bundled];
  const offer = offerFromFile(file, { ...state.context, qualifications });
  return {
    offer,
    file,
    qualifications,
    modelled: file.kind !== 'imported',
    catalogue: {
      qualification: (crebo) => offer.qualification(crebo),
      hasVestiging: (id) => offer.place(id) !== undefined,
    },
  };
}

export function createDatasetStore(storage: OfferStorage): UseBoundStore<StoreApi<DatasetState>> {
  return create<DatasetState>()((rawSet, getState) => {
    // Every change goes through here, so `activeOffer` always follows the file and the context.
    const setState = (partial: Partial<DatasetState>) =>
      rawSet((before) => ({
        ...partial,
        activeOffer: deriveActiveOffer({ ...before, ...partial }, before.activeOffer, before.context),
      }));
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
      context: null,
      activeOffer: null,
      setContext: (context) => setState({ context }),
      setModelled: (file) => {
        if (file.kind !== 'modelled')
          throw new Error(`setModelled: expected a modelled offer file, got kind "${file.kind}"`);
        setState({ modelled: file });
      },
      acceptImport: async (file) => {
        if (file.kind !== 'imported')
          throw new Error(`acceptImport: expected an imported offer file, got kind "${file.kind}"`);
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
 * The qualification list of the active offer (bundled list plus the imported file's names), for
 * every view that names or groups qualifications; the bundled list while no offer is built yet.
 */
export function useActiveQualifications(): Qualification[] | undefined {
  const merged = useDatasetStore((s) => s.activeOffer?.qualifications);
  const bundled = useQuery(qualificationsQuery).data;
  return merged ?? bundled;
}

/**
 * Call once in the app root: loads aanbod-model.json into the store, restores a stored import,
 * and gives the store what it builds the offer with (the qualifications and the grid). `error`
 * is the first load error (a GeodataError naming the file).
 */
export function useDatasetBootstrap(locations: readonly Location[]): { ready: boolean; error: Error | null } {
  const modelled = useQuery(modelledOfferQuery);
  const qualifications = useQuery(qualificationsQuery);
  const grid = useQuery(gridQuery);
  const restored = useDatasetStore((s) => s.restored);
  useEffect(() => {
    void useDatasetStore.getState().restore();
  }, []);
  useEffect(() => {
    if (modelled.data) useDatasetStore.getState().setModelled(modelled.data);
  }, [modelled.data]);
  useEffect(() => {
    if (!qualifications.data || !grid.data) return;
    useDatasetStore
      .getState()
      .setContext({ locations, qualifications: qualifications.data, cellLon: grid.data.lon, cellLat: grid.data.lat });
  }, [locations, qualifications.data, grid.data]);
  return {
    ready: restored && modelled.data !== undefined,
    error: modelled.error ?? qualifications.error ?? grid.error,
  };
}
