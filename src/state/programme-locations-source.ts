import type { AnalysisClient } from '../../workers/analysis/analysis-client.ts';
import type { ProgrammeLocation } from '../engine/analysis/index.ts';
import type { Offer } from '../engine/offer/offer.ts';
import type { Niveau } from '../engine/offer/types.ts';
import type { Jaar } from '../engine/population/years.ts';

/**
 * The early-warning figures of every vestiging offering one crebo (`vestigingen`: all of them,
 * sorted), from the analysis worker. One cached source serves both the early-warning table and
 * the institution view, so the two always show the same numbers and never search twice.
 */
export type ProgrammeLocationsOf = (
  offer: Offer,
  crebo: string,
  niveau: Niveau,
  vestigingen: readonly string[],
  limit: number,
  /** the population year the figures count */
  jaar: Jaar,
  signal: AbortSignal,
) => Promise<ProgrammeLocation[]>;

/** Cached crebo results (a few hundred crebos × a few limits and scenarios). */
const CACHE_ENTRIES = 4000;

/**
 * Results are cached per (year, limit, crebo, its vestigingen and their cells): after an edit, or
 * back on an earlier niveau, limit or year, only crebos whose locations changed are searched again.
 */
export function cachedProgrammeLocations(analysis: Pick<AnalysisClient, 'call'>): ProgrammeLocationsOf {
  const cache = new Map<string, ProgrammeLocation[]>();
  return async (offer, crebo, niveau, vestigingen, limit, jaar, signal) => {
    const cells = Int32Array.from(vestigingen, (v) => offer.place(v)?.cell ?? -1);
    const key = `${jaar}|${limit}|${crebo}|${vestigingen.map((v, i) => `${v}:${cells[i]}`).join(',')}`;
    let result = cache.get(key);
    if (!result) {
      result = await analysis.call('programmeLocations', [crebo, niveau, [...vestigingen], cells, limit, jaar], {
        signal,
      });
      cache.set(key, result);
      if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
    }
    return result;
  };
}
