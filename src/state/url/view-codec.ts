import { z } from 'zod';
import type { Leerweg, Niveau } from '../../engine/offer/types.ts';
import { useSelectionStore } from '../selection.ts';
import { currentView, DEFAULT_VIEW, LANGS, FILTER_REGION_LAYERS, useViewStore, type View } from '../view.ts';
import { readHashParams } from './hash-params.ts';
import type { UrlCodec } from './url-codec.ts';

/**
 * The view and the selection, encoded in the URL hash as short query parameters
 * ("#lon=5.12&lat=52.1&z=8&inst=25LX&sel=25LX00"). Only values that differ from the default are
 * written.
 */
export const VIEW_URL_KEYS = ['lon', 'lat', 'z', 'lang', 'inst', 'rl', 'r', 'n', 'sel', 'on', 'od', 'oc', 'ol'] as const;

/** Separator of the offer filter's domain list: domain names contain commas, never this. */
const DOMAIN_SEPARATOR = '|';

const decimal = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d{1,3}(\.\d{1,8})?$/, 'is not a decimal number')
    .transform(Number)
    .pipe(z.number().min(min).max(max));

// Bounds: a camera somewhere over the Netherlands and its neighbours, at a sensible zoom.
const paramsSchema = z
  .object({
    lon: decimal(-5, 15).optional(),
    lat: decimal(45, 58).optional(),
    z: decimal(4, 20).optional(),
    lang: z.enum(LANGS).optional(),
    inst: z.string().regex(/^[0-9A-Z]{4}$/, 'is not a BRIN code').optional(),
    rl: z.enum(FILTER_REGION_LAYERS).optional(),
    r: z.string().min(1).max(100).optional(),
    n: z.enum(['1', '2', '3', '4']).transform(Number).optional(),
    sel: z.string().regex(/^[0-9A-Z]{6}$/, 'is not a brinvest code').optional(),
    // The offer filter: niveaus "1,2", domains "A|B", crebos "25180,25181", leerweg "BOL".
    on: z.string().regex(/^[1-4](,[1-4]){0,3}$/, 'is not a list of niveaus 1–4').optional(),
    od: z.string().min(1).max(1000, 'is too long').optional(),
    oc: z.string().regex(/^\d{5}(,\d{5}){0,49}$/, 'is not a list of at most 50 crebo codes').optional(),
    ol: z.enum(['BOL', 'BBL']).optional(),
  })
  .refine((p) => (p.lon === undefined) === (p.lat === undefined) && (p.lon === undefined) === (p.z === undefined), {
    message: 'lon, lat and z must be given together',
  })
  .refine((p) => p.r === undefined || p.rl !== undefined, { message: 'r (region) needs rl (region type)' });

export interface DecodedViewUrl {
  view: View;
  selected: string | null;
  /** Why the link was rejected (then view is the default); null when it was fine. */
  error: string | null;
}

/** Reads the view from a URL hash ("#a=b&..." or ""). A bad link yields the default view and an error. */
export function decodeViewUrl(hash: string): DecodedViewUrl {
  const fallback = (error: string): DecodedViewUrl => ({ view: DEFAULT_VIEW, selected: null, error });
  const result = readHashParams(hash, VIEW_URL_KEYS, paramsSchema);
  if (result.error !== null) return fallback(result.error);
  const p = result.data;
  const view: View = {
    camera: p.lon !== undefined && p.lat !== undefined && p.z !== undefined ? { lon: p.lon, lat: p.lat, zoom: p.z } : null,
    lang: p.lang ?? DEFAULT_VIEW.lang,
    filters: {
      institution: p.inst ?? null,
      regionLayer: p.rl ?? DEFAULT_VIEW.filters.regionLayer,
      region: p.r ?? null,
    },
    niveau: (p.n as View['niveau'] | undefined) ?? null,
    offerFilter: {
      niveaus: p.on ? [...new Set(p.on.split(',').map((n) => Number(n) as Niveau))] : [],
      domains: p.od ? [...new Set(p.od.split(DOMAIN_SEPARATOR).filter(Boolean))] : [],
      crebos: p.oc ? [...new Set(p.oc.split(','))] : [],
      leerweg: (p.ol as Leerweg | undefined) ?? null,
    },
  };
  return { view, selected: p.sel ?? null, error: null };
}

/** Writes the view's non-default values into `params`. */
function writeView(params: URLSearchParams, view: View, selected: string | null): void {
  if (view.camera) {
    params.set('lon', view.camera.lon.toFixed(4));
    params.set('lat', view.camera.lat.toFixed(4));
    params.set('z', view.camera.zoom.toFixed(2));
  }
  if (view.lang !== DEFAULT_VIEW.lang) params.set('lang', view.lang);
  if (view.filters.institution) params.set('inst', view.filters.institution);
  if (view.filters.region !== null || view.filters.regionLayer !== DEFAULT_VIEW.filters.regionLayer) {
    params.set('rl', view.filters.regionLayer);
  }
  if (view.filters.region !== null) params.set('r', view.filters.region);
  if (view.niveau !== null) params.set('n', String(view.niveau));
  if (selected) params.set('sel', selected);
  const offer = view.offerFilter;
  if (offer.niveaus.length > 0) params.set('on', offer.niveaus.join(','));
  if (offer.domains.length > 0) params.set('od', offer.domains.join(DOMAIN_SEPARATOR));
  if (offer.crebos.length > 0) params.set('oc', offer.crebos.join(','));
  if (offer.leerweg !== null) params.set('ol', offer.leerweg);
}

/** The view (camera, language, filters, niveau, offer filter) and the selected location. */
export const viewCodec: UrlCodec<{ view: View; selected: string | null }> = {
  keys: VIEW_URL_KEYS,
  decode: (hash) => {
    const { view, selected, error } = decodeViewUrl(hash);
    return error === null ? { ok: true, value: { view, selected } } : { ok: false, reason: error };
  },
  apply: ({ view, selected }) => {
    useViewStore.getState().applyView(view);
    useSelectionStore.getState().select(selected);
    return null;
  },
  reset: () => {
    useViewStore.getState().applyView(DEFAULT_VIEW);
    useSelectionStore.getState().select(null);
  },
  encode: (params) => writeView(params, currentView(), useSelectionStore.getState().brinvest),
  stores: [useViewStore, useSelectionStore],
};
