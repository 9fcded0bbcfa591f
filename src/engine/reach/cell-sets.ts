/**
 * Source-cell sets. A travel field depends only on the SET of cells its sources sit in, so
 * every set is kept sorted and unique: two offers that place a crebo in the same cells then
 * share one cached field, whatever the order or number of rows.
 */

/** Dense grid index of a vestiging's cell; -1 when it is unknown or has no land cell. */
export type CellOf = (brinvest: string) => number;

export function sortedUniqueCells(cells: ArrayLike<number>): Int32Array {
  const sorted = Int32Array.from(cells).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
  }
  return sorted.slice(0, n);
}

/** The cache key of a sorted unique set. */
export function cellSetKey(cells: Int32Array): string {
  return cells.join(',');
}

/** Union of sorted unique sets, itself sorted unique. */
export function unionCells(sets: Iterable<Int32Array>): Int32Array {
  const all: number[] = [];
  for (const set of sets) for (let i = 0; i < set.length; i++) all.push(set[i]);
  return sortedUniqueCells(all);
}

/** Cells of `a` that are not in `b` (both sorted unique); null when `b` is not a subset of `a`. */
export function differenceIfSuperset(a: Int32Array, b: Int32Array): Int32Array | null {
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    if (j < b.length && b[j] < a[i]) return null; // b has a cell a lacks
    if (j < b.length && b[j] === a[i]) j++;
    else out.push(a[i]);
  }
  return j === b.length ? Int32Array.from(out) : null;
}

/**
 * The source-cell set of some locations. Locations without a cell are skipped and counted in
 * `unplaced`, so callers can report them instead of hiding them.
 */
export function cellSetOf(vestigingen: Iterable<string>, cellOf: CellOf): { cells: Int32Array; unplaced: number } {
  const cells: number[] = [];
  let unplaced = 0;
  for (const v of vestigingen) {
    const cell = cellOf(v);
    if (cell < 0) unplaced++;
    else cells.push(cell);
  }
  return { cells: sortedUniqueCells(cells), unplaced };
}

/** Element-wise equality, to reuse a field without building its string key. */
export function sameCells(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
