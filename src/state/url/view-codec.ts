import { z } from 'zod';
import type { Leerweg, Niveau } from '../../engine/offer/types.ts';
import { useSelectionStore } from '../selection.ts';
import { currentView, DEFAULT_VIEW, FILTER_REGION_LAYERS, useViewStore, type View } from '../view.ts';
import { readHashParams } from './hash-params.ts';
import type { UrlCodec } from './url-codec.ts';
import type { UrlProblem } from './url-problem.ts';

/**
 * The view and the selection, encoded in the URL hash as short query parameters
 * ("#lon=5.12&lat=52.1&z=8&inst=25LX&sel=25LX00"). Only values that differ from the default are
 * written.
 */
export const VIEW_URL_KEYS = ['lon', 'lat', 'z', 'inst', 'rl', 'r', 'n', 'sel', 'on', 'od', 'oc', 'ol'] as const;

/** Separator of the offer filter's domain list: domain names contain commas, never this. */
const DOMAIN_SEPARATOR = '|';

/** Longest domain list `od` (characters), region name `r` and crebo list `oc` a link may carry. */
export const MAX_DOMAINS_LENGTH = 1000;
export const MAX_REGION_NAME = 100;
export const MAX_FILTER_CREBOS = 50;

// The schema only accepts or refuses: src/i18n/url-problem.ts says, per parameter, what it takes.
const decimal = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d{1,3}(\.\d{1,8})?$/)
    .transform(Number)
    .pipe(z.number().min(min).max(max));

/** A camera somewhere over the Netherlands and its neighbours, at a sensible zoom: [min, max]. */
export const CAMERA_BOUNDS = { lon: [-5, 15], lat: [45, 58], z: [4, 20] } as const;

const paramsSchema = z
  .object({
    lon: decimal(...CAMERA_BOUNDS.lon).optional(),
    lat: decimal(...CAMERA_BOUNDS.lat).optional(),
    z: decimal(...CAMERA_BOUNDS.z).optional(),
    inst: z
      .string()
      .regex(/^[0-9A-Z]{4}$/)
      .optional(),
    rl: z.enum(FILTER_REGION_LAYERS).optional(),
    r: z.string().min(1).max(MAX_REGION_NAME).optional(),
    n: z.enum(['1', '2', '3', '4']).transform(Number).optional(),
    sel: z
      .string()
      .regex(/^[0-9A-Z]{6}$/)
      .optional(),
    // The offer filter: niveaus "1,2", domains "A|B", crebos "25180,25181", leerweg "BOL".
    on: z
      .string()
      .regex(/^[1-4](,[1-4]){0,3}$/)
      .optional(),
    od: z.string().min(1).max(MAX_DOMAINS_LENGTH).optional(),
    oc: z
      .string()
      .regex(new RegExp(`^\\d{5}(,\\d{5}){0,${MAX_FILTER_CREBOS - 1}}$`))
      .optional(),
    ol: z.enum(['BOL', 'BBL']).optional(),
  })
  .refine((p) => (p.lon === undefined) === (p.lat === undefined) && (p.lon === undefined) === (p.z === undefined), {
    params: { rule: 'camera' },
  })
  .refine((p) => p.r === undefined || p.rl !== undefined, { params: { rule: 'region' } });

export interface DecodedViewUrl {
  view: View;
  selected: string | null;
  /** Why the link was rejected (then view is the default); null when it was fine. */
  error: UrlProblem | null;
}

/** Reads the view from a URL hash ("#a=b&..." or ""). A bad link yields the default view and an error. */
export function decodeViewUrl(hash: string): DecodedViewUrl {
  const fallback = (error: UrlProblem): DecodedViewUrl => ({ view: DEFAULT_VIEW, selected: null, error });
  const result = readHashParams(hash, VIEW_URL_KEYS, paramsSchema);
  if (result.problem !== null) return fallback(result.problem);
  const p = result.data;
  const view: View = {
    camera:
      p.lon !== undefined && p.lat !== undefined && p.z !== undefined ? { lon: p.lon, lat: p.lat, zoom: p.z } : null,
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

/** The view (camera, filters, niveau, offer filter) and the selected location. */
export const viewCodec: UrlCodec<{ view: View; selected: string | null }> = {
  keys: VIEW_URL_KEYS,
  decode: (hash) => {
    const { view, selected, error } = decodeViewUrl(hash);
    return error === null ? { ok: true, value: { view, selected } } : { ok: false, problem: error };
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
