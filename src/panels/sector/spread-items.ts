import type { Niveau } from '../../engine/offer/types.ts';
import type { QualificationCounts } from '../../engine/sector/sector-table.ts';
import type { SectorMetricsEntry } from '../../state/sector-metrics.ts';

/** More thumbnails than this and the spread is shown per niveau instead (DOM and drawing cost). */
export const SMALL_MULTIPLES_CAP = 40;

export interface SpreadItem {
  key: string;
  niveau: Niveau;
  /** null = a niveau aggregate */
  crebo: string | null;
  naam: string;
  places: string[];
  covered: Uint8Array | null;
  stale: boolean;
  /** share of 15–24 year olds covered nationally, when known */
  share: number | null;
}

/**
 * One item per qualification, or — above the cap — one per niveau: the union of its
 * qualifications' locations and covered cells (the covered area of "any of them"). A niveau
 * item's area is drawn only when every qualification's cells are known, so it never looks smaller
 * than it is.
 */
export function spreadItems(
  counts: readonly QualificationCounts[],
  entryOf: (crebo: string) => SectorMetricsEntry | undefined,
  isStale: (crebo: string, entry: SectorMetricsEntry) => boolean,
): SpreadItem[] {
  if (counts.length <= SMALL_MULTIPLES_CAP) {
    return counts.map((c) => {
      const entry = entryOf(c.crebo);
      return {
        key: c.crebo, niveau: c.niveau, crebo: c.crebo, naam: c.naam, places: c.allPlaces,
        covered: entry?.covered ?? null, stale: entry ? isStale(c.crebo, entry) : false, share: entry?.metrics.national.share ?? null,
      };
    });
  }
  const byNiveau = new Map<Niveau, QualificationCounts[]>();
  for (const c of counts) byNiveau.set(c.niveau, [...(byNiveau.get(c.niveau) ?? []), c]);
  return [...byNiveau.keys()].sort().map((niveau) => {
    const list = byNiveau.get(niveau)!;
    const places = [...new Set(list.flatMap((c) => c.allPlaces))].sort();
    const entries = list.map((c) => entryOf(c.crebo));
    let covered: Uint8Array | null = null;
    let stale = false;
    if (entries.every((e) => e !== undefined)) {
      covered = new Uint8Array(entries[0]!.covered.length);
      entries.forEach((entry, i) => {
        stale ||= isStale(list[i].crebo, entry!);
        for (let cell = 0; cell < covered!.length; cell++) covered![cell] |= entry!.covered[cell];
      });
    }
    return { key: `niveau-${niveau}`, niveau, crebo: null, naam: '', places, covered, stale, share: null };
  });
}
