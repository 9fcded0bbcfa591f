import { z } from 'zod';
import type { Niveau } from '../../engine/offer/types.ts';
import { NIVEAUS } from '../../engine/profiles/index.ts';
import { DEFAULT_TRAVEL_LIMITS, isValidLimit, type TravelLimits, useTravelStore } from '../travel.ts';
import { readHashParams } from './hash-params.ts';
import type { UrlCodec } from './url-codec.ts';
import type { UrlProblem } from './url-problem.ts';

/**
 * The travel view's part of the URL hash: `q` = the crebo ("#n=2&q=25655"), `lim` = the
 * limits that differ from the defaults ("lim=1.30,4.90": niveau.minutes). A link is untrusted
 * input, so both are schema-checked and bounded.
 */
export const TRAVEL_URL_KEYS = ['q', 'lim'] as const;

const paramsSchema = z.object({
  q: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  lim: z
    .string()
    .max(40)
    .regex(/^[1-4]\.\d{1,3}(,[1-4]\.\d{1,3})*$/)
    .optional(),
});

export interface DecodedTravelUrl {
  crebo: string | null;
  limits: TravelLimits;
  /** Why (part of) the link was not used; null when it was fine. */
  error: UrlProblem | null;
}

export function decodeTravelUrl(hash: string): DecodedTravelUrl {
  const fallback = (error: UrlProblem): DecodedTravelUrl => ({
    crebo: null,
    limits: { ...DEFAULT_TRAVEL_LIMITS },
    error,
  });
  const result = readHashParams(hash, TRAVEL_URL_KEYS, paramsSchema);
  if (result.problem !== null) return fallback(result.problem);
  const limits = { ...DEFAULT_TRAVEL_LIMITS };
  const seen = new Set<Niveau>();
  for (const pair of result.data.lim?.split(',') ?? []) {
    const [niveauText, minutesText] = pair.split('.');
    const niveau = Number(niveauText) as Niveau;
    const minutes = Number(minutesText);
    if (seen.has(niveau)) return fallback({ kind: 'limit-repeated', niveau });
    seen.add(niveau);
    if (!isValidLimit(minutes)) return fallback({ kind: 'limit-out-of-bounds', niveau, minutes });
    limits[niveau] = minutes;
  }
  return { crebo: result.data.q ?? null, limits, error: null };
}

/** Writes the crebo and the limits that differ from the defaults into `params`. */
function writeTravel(params: URLSearchParams, crebo: string | null, limits: TravelLimits): void {
  if (crebo !== null) params.set('q', crebo);
  const changed = NIVEAUS.filter((n) => limits[n] !== DEFAULT_TRAVEL_LIMITS[n]).map((n) => `${n}.${limits[n]}`);
  if (changed.length > 0) params.set('lim', changed.join(','));
}

/** The travel view's qualification and limits. */
export const travelCodec: UrlCodec<{ crebo: string | null; limits: TravelLimits }> = {
  keys: TRAVEL_URL_KEYS,
  decode: (hash) => {
    const { crebo, limits, error } = decodeTravelUrl(hash);
    return error === null ? { ok: true, value: { crebo, limits } } : { ok: false, problem: error };
  },
  apply: ({ crebo, limits }) => {
    useTravelStore.getState().setCrebo(crebo);
    useTravelStore.getState().applyLimits(limits);
    return null;
  },
  reset: () => {
    useTravelStore.getState().setCrebo(null);
    useTravelStore.getState().applyLimits(DEFAULT_TRAVEL_LIMITS);
  },
  encode: (params) => {
    const { crebo, limits } = useTravelStore.getState();
    writeTravel(params, crebo, limits);
  },
  stores: [useTravelStore],
};
