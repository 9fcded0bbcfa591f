import type { Niveau, OfferRow } from '../offer/types.ts';

/** The distinct locations offering one crebo (leerwegen merged: travel does not depend on them). */
export interface CreboGroup {
  niveau: Niveau;
  vestigingen: Set<string>;
}

/** One O(rows) pass: the offer of a selection grouped by crebo. */
export function groupByCrebo(rows: readonly OfferRow[], include: (row: OfferRow) => boolean): Map<string, CreboGroup> {
  const groups = new Map<string, CreboGroup>();
  for (const row of rows) {
    if (!include(row)) continue;
    const group = groups.get(row.crebo);
    if (group) group.vestigingen.add(row.vestiging);
    else groups.set(row.crebo, { niveau: row.niveau, vestigingen: new Set([row.vestiging]) });
  }
  return groups;
}

export function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
