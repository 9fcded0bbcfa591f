import { create } from 'zustand';
import { NO_OFFER_FILTER, type OfferFilter } from '../engine/offer/filter.ts';
import type { Niveau } from '../engine/offer/types.ts';

export type Lang = 'nl' | 'en';
export const LANGS = ['nl', 'en'] as const satisfies readonly Lang[];

/**
 * The region classifications a location belongs to; also the filter's region types (values as
 * in links: `rl=amr`). Not the metrics' region layers (engine/metrics RegionLayerId), which have
 * no krimp layer but a custom one.
 */
export type FilterRegionLayer = 'provincie' | 'amr' | 'rmc' | 'gemeente' | 'krimp';
export const FILTER_REGION_LAYERS = ['provincie', 'amr', 'rmc', 'gemeente', 'krimp'] as const satisfies readonly FilterRegionLayer[];

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

export interface Filters {
  /** brin of the institution, or null for all. */
  institution: string | null;
  regionLayer: FilterRegionLayer;
  /** Region key within regionLayer (see regionKeyOfLocation), or null for all. */
  region: string | null;
}

/** Everything on screen that a shared link should reproduce. */
export interface View {
  /** null = fit the whole of the Netherlands to the screen, whatever its size. */
  camera: Camera | null;
  lang: Lang;
  filters: Filters;
  /** The niveau the travel-time views work on; null until a niveau is chosen. */
  niveau: Niveau | null;
  /** Which programmes a shown location must offer (niveau, domain, crebo, leerweg). */
  offerFilter: OfferFilter;
}

export const DEFAULT_VIEW: View = {
  camera: null,
  lang: 'nl',
  filters: { institution: null, regionLayer: 'provincie', region: null },
  niveau: null,
  offerFilter: NO_OFFER_FILTER,
};

/** A one-off request to move the camera (search, "show all"); `seq` makes repeats distinct. */
export interface FlyRequest {
  target:
    | { lon: number; lat: number; zoom: number }
    | { bounds: [[number, number], [number, number]]; maxZoom: number }
    | 'netherlands';
  seq: number;
}

interface ViewActions {
  /** Records where the map is; written by the map after every move (null: the default fit). */
  setCamera(camera: Camera | null): void;
  setLang(lang: Lang): void;
  setInstitution(brin: string | null): void;
  setRegionLayer(layer: FilterRegionLayer): void;
  setRegion(region: string | null): void;
  setOfferFilter(filter: OfferFilter): void;
  /** Clears the institution, region and offer filters (the region type stays). */
  clearFilters(): void;
  setNiveau(niveau: Niveau | null): void;
  /** Replaces the whole view, e.g. from a URL; also moves the map there. */
  applyView(view: View): void;
  flyTo(target: FlyRequest['target']): void;
}

export type ViewStore = View & ViewActions & { flyRequest: FlyRequest | null };

export const useViewStore = create<ViewStore>()((set, get) => ({
  ...DEFAULT_VIEW,
  flyRequest: null,
  setCamera: (camera) => set({ camera }),
  setLang: (lang) => set({ lang }),
  setInstitution: (institution) => set((s) => ({ filters: { ...s.filters, institution } })),
  // A region key only means something within its layer, so switching layers clears it.
  setRegionLayer: (regionLayer) => set((s) => ({ filters: { ...s.filters, regionLayer, region: null } })),
  setRegion: (region) => set((s) => ({ filters: { ...s.filters, region } })),
  setOfferFilter: (offerFilter) => set({ offerFilter }),
  clearFilters: () =>
    set((s) => ({
      filters: { ...DEFAULT_VIEW.filters, regionLayer: s.filters.regionLayer },
      offerFilter: NO_OFFER_FILTER,
    })),
  setNiveau: (niveau) => set({ niveau }),
  applyView: (view) =>
    set({
      ...view,
      flyRequest: { target: view.camera ?? 'netherlands', seq: (get().flyRequest?.seq ?? 0) + 1 },
    }),
  flyTo: (target) => set({ flyRequest: { target, seq: (get().flyRequest?.seq ?? 0) + 1 } }),
}));

/** The plain view (no actions), e.g. for URL encoding. */
export function currentView(): View {
  const { camera, lang, filters, niveau, offerFilter } = useViewStore.getState();
  return { camera, lang, filters, niveau, offerFilter };
}
