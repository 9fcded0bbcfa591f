import {
  KRIMP_ANTICIPEER,
  KRIMP_KRIMPREGIO,
  type RegionContext,
  type RegionLayer,
  sumAll,
  sumByKrimp,
  sumByRegion,
} from './regions.ts';

/** A count of 15–24 year olds and its share of the population it is measured against. */
export interface Figure {
  count: number;
  /** count / population; 0 when the population is 0 */
  share: number;
}

/** Coverage nationally, in the krimpregio's and in the anticipeerregio's. */
export interface ReachFigures {
  coverage: Figure;
  krimp: Figure;
  anticipeer: Figure;
}

/**
 * 15–24 year olds in cells within `limit` minutes, per gemeente bucket (see RegionContext).
 * One pass over the cells, no allocation besides the result.
 */
export function reachedByBucket(field: Uint16Array, limit: number, context: RegionContext): Float64Array {
  if (field.length !== context.cellCount) {
    throw new Error(`travel field has ${field.length} cells, the grid has ${context.cellCount}`);
  }
  const out = new Float64Array(context.gemeenteCount + 1);
  const { pop, cellBucket } = context;
  for (let c = 0; c < field.length; c++) {
    if (field[c] <= limit) out[cellBucket[c]] += pop[c];
  }
  return out;
}

function figure(count: number, population: number): Figure {
  return { count, share: population > 0 ? count / population : 0 };
}

export function reachFigures(reached: Float64Array, context: RegionContext): ReachFigures {
  const pop = context.popByBucket;
  return {
    coverage: figure(sumAll(reached), sumAll(pop)),
    krimp: figure(sumByKrimp(reached, context, KRIMP_KRIMPREGIO), sumByKrimp(pop, context, KRIMP_KRIMPREGIO)),
    anticipeer: figure(sumByKrimp(reached, context, KRIMP_ANTICIPEER), sumByKrimp(pop, context, KRIMP_ANTICIPEER)),
  };
}

/** Per region of a layer: population, reached count and share (0 where a region has no population). */
export interface RegionCoverage {
  population: Float64Array;
  reached: Float64Array;
  share: Float64Array;
}

export function coverageByRegion(reached: Float64Array, context: RegionContext, layer: RegionLayer): RegionCoverage {
  const population = sumByRegion(context.popByBucket, layer);
  const count = sumByRegion(reached, layer);
  const share = new Float64Array(population.length);
  for (let r = 0; r < share.length; r++) share[r] = population[r] > 0 ? count[r] / population[r] : 0;
  return { population, reached: count, share };
}

/**
 * Per cell: +1 where access within `limit` is gained, -1 where it is lost, 0 otherwise — the
 * delta map's data (gain blue, loss orange).
 */
export function accessDelta(before: Uint16Array, after: Uint16Array, limit: number): Int8Array {
  const out = new Int8Array(before.length);
  for (let c = 0; c < before.length; c++) out[c] = Number(after[c] <= limit) - Number(before[c] <= limit);
  return out;
}

/** after − before for each figure. */
export function diffFigures(before: ReachFigures, after: ReachFigures): ReachFigures {
  const d = (a: Figure, b: Figure): Figure => ({ count: b.count - a.count, share: b.share - a.share });
  return {
    coverage: d(before.coverage, after.coverage),
    krimp: d(before.krimp, after.krimp),
    anticipeer: d(before.anticipeer, after.anticipeer),
  };
}
