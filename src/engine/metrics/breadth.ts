/**
 * Choice breadth: per cell, how many distinct qualifications lie within the limit. Kept as a
 * running count that is synchronised against a crebo → field map by field identity: the reach
 * cache hands out the same array for an unchanged source set, so after an edit only the
 * crebos whose field object changed are subtracted and re-added — O(changed × cells) instead
 * of O(all crebos × cells).
 */
export class BreadthCounter {
  /** counts[c] = number of crebos whose field reaches cell c within the limit. Live: copy to keep. */
  readonly counts: Uint16Array;
  private readonly applied = new Map<string, Uint16Array>();
  private limit: number | null = null;

  constructor(cellCount: number) {
    this.counts = new Uint16Array(cellCount);
  }

  sync(fields: ReadonlyMap<string, Uint16Array>, limit: number): void {
    if (limit !== this.limit) {
      this.counts.fill(0);
      this.applied.clear();
      this.limit = limit;
    }
    const stale = [...this.applied].filter(([crebo, field]) => fields.get(crebo) !== field);
    for (const [crebo, field] of stale) {
      this.add(field, -1);
      this.applied.delete(crebo);
    }
    for (const [crebo, field] of fields) {
      if (this.applied.get(crebo) === field) continue;
      this.add(field, 1);
      this.applied.set(crebo, field);
    }
  }

  private add(field: Uint16Array, sign: 1 | -1): void {
    if (field.length !== this.counts.length) {
      throw new Error(`travel field has ${field.length} cells, the grid has ${this.counts.length}`);
    }
    const limit = this.limit as number;
    const counts = this.counts;
    for (let c = 0; c < field.length; c++) if (field[c] <= limit) counts[c] += sign;
  }
}

/** Σ population × breadth per gemeente bucket; divide by population for the weighted mean. */
export function weightedBreadthByBucket(
  counts: Uint16Array,
  context: { pop: Float32Array; cellBucket: Uint16Array; gemeenteCount: number },
): Float64Array {
  const out = new Float64Array(context.gemeenteCount + 1);
  const { pop, cellBucket } = context;
  for (let c = 0; c < counts.length; c++) if (counts[c] > 0) out[cellBucket[c]] += pop[c] * counts[c];
  return out;
}

/** Element-wise weighted / population (0 where there is no population). */
export function meanPerRegion(weighted: Float64Array, population: Float64Array): Float64Array {
  const out = new Float64Array(weighted.length);
  for (let r = 0; r < out.length; r++) out[r] = population[r] > 0 ? weighted[r] / population[r] : 0;
  return out;
}
