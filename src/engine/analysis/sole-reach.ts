import type { RegionContext } from '../metrics/regions.ts';
import type { TwoNearest } from '../travel/two-nearest.ts';

/**
 * Sole reach of every source of one two-nearest search: per source, the 15–24 year olds per
 * gemeente bucket who live within the limit of that source and of no other. Those are exactly
 * the people who lose access when the source is removed (the field without it is the second
 * label wherever it was first). Dense: `sourceCount × (gemeenteCount + 1)`, row-major by
 * source, one pass over the cells.
 */
export function soleReachBySource(two: TwoNearest, sourceCount: number, context: RegionContext): Float64Array {
  const buckets = context.gemeenteCount + 1;
  const out = new Float64Array(sourceCount * buckets);
  const { pop, cellBucket, cellCount } = context;
  const { firstSource, secondSource } = two;
  for (let c = 0; c < cellCount; c++) {
    const s = firstSource[c];
    // Labels exist only within the cutoff: a first without a second is reach nobody else has.
    if (s >= 0 && secondSource[c] === -1) out[s * buckets + cellBucket[c]] += pop[c];
  }
  return out;
}
