import { z } from 'zod';
import { NIVEAUS } from '../engine/profiles/index.ts';
import type { Niveau } from '../engine/offer/types.ts';
import { DEFAULT_TRAVEL_LIMITS, isValidLimit, useTravelStore, type TravelLimits } from './travel.ts';
import { readHashParams } from './url/hashParams.ts';
import { useUrlErrorStore } from './urlError.ts';

/**
 * The travel view's part of the URL hash, next to the view's own keys (url/viewUrl.ts leaves
 * unknown keys alone, and so does this codec): `q` = the crebo ("#n=2&q=25655"), `lim` = the
 * limits that differ from the defaults ("lim=1.30,4.90": niveau.minutes). A link is untrusted
 * input, so both are schema-checked and bounded.
 */
export const TRAVEL_URL_KEYS = ['q', 'lim'] as const;

const paramsSchema = z.object({
  q: z.string().regex(/^\d{5}$/, 'is not a crebo code (5 digits)').optional(),
  lim: z
    .string()
    .max(40, 'is too long')
    .regex(/^[1-4]\.\d{1,3}(,[1-4]\.\d{1,3})*$/, 'is not a list of niveau.minutes pairs')
    .optional(),
});

export interface DecodedTravelUrl {
  crebo: string | null;
  limits: TravelLimits;
  /** Why (part of) the link was not used; null when it was fine. */
  error: string | null;
}

export function decodeTravelUrl(hash: string): DecodedTravelUrl {
  const fallback = (error: string): DecodedTravelUrl => ({ crebo: null, limits: { ...DEFAULT_TRAVEL_LIMITS }, error });
  const result = readHashParams(hash, TRAVEL_URL_KEYS, paramsSchema);
  if (result.error !== null) return fallback(result.error);
  const limits = { ...DEFAULT_TRAVEL_LIMITS };
  const seen = new Set<Niveau>();
  for (const pair of result.data.lim?.split(',') ?? []) {
    const [niveauText, minutesText] = pair.split('.');
    const niveau = Number(niveauText) as Niveau;
    const minutes = Number(minutesText);
    if (seen.has(niveau)) return fallback(`parameter "lim" gives niveau ${niveau} twice`);
    seen.add(niveau);
    if (!isValidLimit(minutes)) return fallback(`parameter "lim": ${minutes} minutes for niveau ${niveau} is out of bounds`);
    limits[niveau] = minutes;
  }
  return { crebo: result.data.q ?? null, limits, error: null };
}

/** Writes crebo and limits into `hash`, keeping every other key. */
export function encodeTravelUrl(crebo: string | null, limits: TravelLimits, hash = ''): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const key of TRAVEL_URL_KEYS) params.delete(key);
  if (crebo !== null) params.set('q', crebo);
  const changed = NIVEAUS.filter((n) => limits[n] !== DEFAULT_TRAVEL_LIMITS[n]).map((n) => `${n}.${limits[n]}`);
  if (changed.length > 0) params.set('lim', changed.join(','));
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** Same delay as the view's URL sync, so both land in one history entry. */
const WRITE_DELAY_MS = 300;

function applyFromUrl(): void {
  const { crebo, limits, error } = decodeTravelUrl(window.location.hash);
  useTravelStore.getState().setCrebo(crebo);
  useTravelStore.getState().applyLimits(limits);
  // Do not overwrite the view's own complaint about the same link.
  if (error && !useUrlErrorStore.getState().error) useUrlErrorStore.getState().setError(error);
}

/**
 * Reads the travel keys from the URL now and whenever the user edits the hash, and writes them
 * back (replaceState) when the crebo or a limit changes. Returns a stop function.
 */
export function startTravelUrlSync(): () => void {
  applyFromUrl();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const { crebo, limits } = useTravelStore.getState();
    const hash = encodeTravelUrl(crebo, limits, window.location.hash);
    if (hash !== window.location.hash) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
    }
  };
  const unsubscribe = useTravelStore.subscribe((s, prev) => {
    if ((s.crebo !== prev.crebo || s.limits !== prev.limits) && timer === undefined) timer = setTimeout(write, WRITE_DELAY_MS);
  });
  window.addEventListener('hashchange', applyFromUrl);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', applyFromUrl);
    if (timer !== undefined) clearTimeout(timer);
  };
}
