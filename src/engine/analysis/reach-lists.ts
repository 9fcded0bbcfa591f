import type { FieldFn } from '../reach/field-cache.ts';

/** Cells within `limit` minutes of one source cell, ascending (the travel search's `reachOf`). */
export type ReachFn = (cell: number, limit: number) => Int32Array;

/** A ReachFn from a field function: for reference fields in tests, where speed does not matter. */
export function reachFromField(fieldFn: FieldFn): ReachFn {
  return (cell, limit) => cellsWithin(fieldFn(Int32Array.of(cell), limit), limit);
}

/**
 * The cells within a travel limit of ONE source cell, as a sorted Int32Array. These lists do
 * not depend on the offer, so one list per (limit, cell) serves every crebo, every scenario and
 * both placement questions: a national field per candidate would cost 112 kB each, a list only
 * 4 bytes per reached cell. Each list comes from the injected single-source search (the real one
 * is the travel search's `reachOf`, which touches only what it reaches), with the cutoff at the
 * limit, so a cell is in the list exactly when the field of that one source has it within the
 * limit — the same test the coverage metric applies to a multi-source field, which by the
 * min-of-fields identity is the union of the lists.
 */
export class ReachLists {
  private readonly lists = new Map<string, Int32Array>();

  constructor(private readonly reachFn: ReachFn) {}

  /** Cells whose travel time to `cell` is at most `limit` minutes, ascending. */
  of(cell: number, limit: number): Int32Array {
    const key = `${limit}:${cell}`;
    let list = this.lists.get(key);
    if (!list) {
      list = this.reachFn(cell, limit);
      this.lists.set(key, list);
    }
    return list;
  }

  /** Number of cached lists, for tests and the benchmark. */
  get size(): number {
    return this.lists.size;
  }
}

/** Indices of the cells of a field within `limit`, ascending. */
export function cellsWithin(field: Uint16Array, limit: number): Int32Array {
  let n = 0;
  for (let c = 0; c < field.length; c++) if (field[c] <= limit) n++;
  const out = new Int32Array(n);
  n = 0;
  for (let c = 0; c < field.length; c++) if (field[c] <= limit) out[n++] = c;
  return out;
}
