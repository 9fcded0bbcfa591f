import { UNREACHABLE } from '../travel/search.ts';
import { cellSetKey, differenceIfSuperset } from './cell-sets.ts';

/**
 * The injected travel computation: minutes from every grid cell to the nearest source cell,
 * UNREACHABLE beyond the cutoff. The real one is the multi-source Dijkstra in src/engine/travel.
 */
export type FieldFn = (sources: Int32Array, cutoffMinutes: number) => Uint16Array;

// One value for "not reachable" across the engine: the travel search's.
export { UNREACHABLE };

export interface FieldCacheStats {
  hits: number;
  /** fields computed by a full search */
  computed: number;
  /** union fields derived as min(previous union, field of the added cells) */
  incremental: number;
  evicted: number;
}

/**
 * Travel fields cached by (cutoff, set of source cells), least recently used first out once
 * the byte budget is exceeded. Returned arrays are shared between callers: treat them as
 * read-only. An edit thus recomputes only fields whose source set it changed; every other
 * lookup is a string-key hit.
 */
export class FieldCache {
  private readonly entries = new Map<string, Uint16Array>();
  private readonly lastUnion = new Map<string, { cutoff: number; cells: Int32Array; field: Uint16Array }>();
  private bytes = 0;
  private empty: Uint16Array | null = null;
  readonly stats: FieldCacheStats = { hits: 0, computed: 0, incremental: 0, evicted: 0 };

  constructor(
    private readonly fieldFn: FieldFn,
    private readonly cellCount: number,
    private readonly maxBytes = 256 * 1024 * 1024,
  ) {}

  /** The field of a sorted unique cell set (see cell-sets.ts). O(1) on a hit, one search on a miss. */
  field(cells: Int32Array, cutoff: number): Uint16Array {
    if (cells.length === 0) return this.emptyField();
    const key = `${cutoff}:${cellSetKey(cells)}`;
    const cached = this.get(key);
    if (cached) return cached;
    const field = this.fieldFn(cells, cutoff);
    if (field.length !== this.cellCount) {
      throw new Error(`travel field has ${field.length} cells, the grid has ${this.cellCount}`);
    }
    this.stats.computed++;
    this.put(key, field);
    return field;
  }

  /**
   * The field of a set that grows and shrinks over time under one `tag` (e.g. "all locations of
   * niveau 2"). When the previous set under the tag is a subset of the new one, the new field is
   * min(previous field, field of the added cells) — the min-of-fields identity — which costs one
   * small search plus an O(N) pass instead of a national search.
   */
  unionField(tag: string, cells: Int32Array, cutoff: number): Uint16Array {
    const key = `${cutoff}:${cellSetKey(cells)}`;
    let field = cells.length === 0 ? this.emptyField() : this.get(key);
    if (!field) {
      const last = this.lastUnion.get(tag);
      const added = last && last.cutoff === cutoff ? differenceIfSuperset(cells, last.cells) : null;
      if (last && added) {
        field = minFields(last.field, this.field(added, cutoff));
        this.stats.incremental++;
        this.put(key, field);
      } else {
        field = this.field(cells, cutoff);
      }
    }
    this.lastUnion.set(tag, { cutoff, cells, field });
    return field;
  }

  private emptyField(): Uint16Array {
    this.empty ??= new Uint16Array(this.cellCount).fill(UNREACHABLE);
    return this.empty;
  }

  private get(key: string): Uint16Array | undefined {
    const field = this.entries.get(key);
    if (!field) return undefined;
    // Re-insert so Map order stays least-recently-used first.
    this.entries.delete(key);
    this.entries.set(key, field);
    this.stats.hits++;
    return field;
  }

  private put(key: string, field: Uint16Array): void {
    this.entries.set(key, field);
    this.bytes += field.byteLength;
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= this.maxBytes || oldKey === key) break;
      this.entries.delete(oldKey);
      this.bytes -= old.byteLength;
      this.stats.evicted++;
    }
  }
}

/** Cell-wise minimum of two fields, as a new array. */
export function minFields(a: Uint16Array, b: Uint16Array): Uint16Array {
  const out = new Uint16Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] < b[i] ? a[i] : b[i];
  return out;
}
