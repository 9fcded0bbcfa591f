import type { OfferRow } from '../offer/types.ts';
import { compareCodes } from './catchment.ts';

/**
 * Where one institution's offer overlaps with another's: the same qualification offered by both
 * in one gemeente (the gemeente half of the duplication metric; the "within N minutes" half needs
 * travel searches and stays in the scenario panel's duplication list).
 */
export interface InstitutionOverlap {
  brin: string;
  /** qualifications both offer in at least one common gemeente, sorted */
  crebos: string[];
  /** gemeente codes where they overlap, sorted */
  gemeenten: string[];
}

export interface OverlapPlace {
  brin: string | null;
  /** gemeente code, null when the place lies in none */
  gemeente: string | null;
}

/** Every other institution that overlaps with `brin`, the most shared qualifications first. */
export function institutionOverlaps(
  rows: readonly OfferRow[],
  brin: string,
  placeOf: (vestiging: string) => OverlapPlace | undefined,
): InstitutionOverlap[] {
  // crebo|gemeente → institutions offering it there
  const offering = new Map<string, Set<string>>();
  for (const row of rows) {
    const place = placeOf(row.vestiging);
    if (!place?.brin || place.gemeente === null) continue;
    const key = `${row.crebo}|${place.gemeente}`;
    const set = offering.get(key) ?? new Set<string>();
    set.add(place.brin);
    offering.set(key, set);
  }
  const byOther = new Map<string, { crebos: Set<string>; gemeenten: Set<string> }>();
  for (const [key, institutions] of offering) {
    if (!institutions.has(brin)) continue;
    const [crebo, gemeente] = key.split('|');
    for (const other of institutions) {
      if (other === brin) continue;
      const entry = byOther.get(other) ?? { crebos: new Set(), gemeenten: new Set() };
      entry.crebos.add(crebo);
      entry.gemeenten.add(gemeente);
      byOther.set(other, entry);
    }
  }
  return [...byOther]
    .map(([other, e]) => ({
      brin: other,
      crebos: [...e.crebos].sort(compareCodes),
      gemeenten: [...e.gemeenten].sort(compareCodes),
    }))
    .sort((a, b) => b.crebos.length - a.crebos.length || compareCodes(a.brin, b.brin));
}
