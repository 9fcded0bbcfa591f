import { type Duplication, diffDuplications, duplicationKey } from './duplication.ts';

/**
 * "Onderscheidend" by identity: the proposal counts a different identity (for example the
 * denominatie) as a reason for two offers in one region. With a category per institution, a
 * duplication then counts only between institutions of the SAME category. An institution
 * without a category (not in the user's file) shares a category with nobody, so it drops out:
 * its identity is unknown, and the view says how many such institutions there are.
 */
export type CategoryOf = (brin: string) => string | undefined;
/** The institution of a location (brinvest), null for an imported pseudo-location. */
export type BrinOf = (vestiging: string) => string | null;

/**
 * The duplications that hold between institutions of one category: a gemeente duplication
 * splits into one per category with at least two institutions (only their locations kept); a
 * nearby pair stays when both have the same category.
 */
export function sameCategoryDuplications(
  list: readonly Duplication[],
  categoryOf: CategoryOf,
  brinOf: BrinOf,
): Duplication[] {
  const out: Duplication[] = [];
  for (const d of list) {
    const byCategory = new Map<string, string[]>();
    for (const v of d.vestigingen) {
      const brin = brinOf(v);
      const category = brin === null ? undefined : categoryOf(brin);
      if (category === undefined) continue;
      byCategory.set(category, [...(byCategory.get(category) ?? []), v]);
    }
    for (const vestigingen of [...byCategory.values()]) {
      const instellingen = [...new Set(vestigingen.map((v) => brinOf(v) as string))].sort();
      if (instellingen.length < 2) continue;
      out.push(vestigingen.length === d.vestigingen.length ? d : { ...d, vestigingen, instellingen });
    }
  }
  return out;
}

/**
 * The scenario panel's three lists (added, removed, all after) counted by identity. The lists
 * cannot be filtered one by one: a gemeente duplication that gains a school of another
 * category is "added" as a whole, yet its same-category part was there before. So the list
 * before is rebuilt (after − added + removed), both sides are narrowed, and then compared.
 */
export function sameCategoryChanges(
  after: readonly Duplication[],
  changes: { added: readonly Duplication[]; removed: readonly Duplication[] },
  categoryOf: CategoryOf,
  brinOf: BrinOf,
): { after: Duplication[]; added: Duplication[]; removed: Duplication[] } {
  const added = new Set(changes.added.map(duplicationKey));
  const before = [...after.filter((d) => !added.has(duplicationKey(d))), ...changes.removed];
  const narrowedAfter = sameCategoryDuplications(after, categoryOf, brinOf);
  const narrowedBefore = sameCategoryDuplications(before, categoryOf, brinOf);
  return { after: narrowedAfter, ...diffDuplications(narrowedBefore, narrowedAfter) };
}

/** Institutions in the list that have no category: their duplications are not counted by identity. */
export function institutionsWithoutCategory(list: readonly Duplication[], categoryOf: CategoryOf): string[] {
  const missing = new Set<string>();
  for (const d of list) for (const brin of d.instellingen) if (categoryOf(brin) === undefined) missing.add(brin);
  return [...missing].sort();
}

/**
 * One institution's overlaps (src/engine/analysis/institution-overlap.ts) by identity: only
 * with institutions of its own category; none when its own category is unknown.
 */
export function sameCategoryOverlaps<T extends { brin: string }>(
  overlaps: readonly T[],
  brin: string,
  categoryOf: CategoryOf,
): T[] {
  const own = categoryOf(brin);
  if (own === undefined) return [];
  return overlaps.filter((o) => categoryOf(o.brin) === own);
}
