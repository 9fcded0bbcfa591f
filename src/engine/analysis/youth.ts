import { KRIMP_ANTICIPEER, KRIMP_KRIMPREGIO, KRIMP_NONE, type RegionContext } from '../metrics/regions.ts';

/** 15–24 year olds: in total, in the krimpregio's and in the anticipeerregio's. */
export interface YouthCount {
  total: number;
  krimp: number;
  anticipeer: number;
}

/** Per cell: its 15–24 year olds and the krimp status of its gemeente (KRIMP_*). */
export interface CellYouth {
  pop: Float32Array;
  krimp: Uint8Array;
}

/** Resolves the krimp status per cell once, so the placement loops read one byte per cell. */
export function cellYouth(regions: RegionContext): CellYouth {
  const krimp = new Uint8Array(regions.cellCount);
  for (let c = 0; c < regions.cellCount; c++) {
    const bucket = regions.cellBucket[c];
    krimp[c] = bucket < regions.gemeenteCount ? regions.krimp[bucket] : KRIMP_NONE;
  }
  return { pop: regions.pop, krimp };
}

export function emptyYouth(): YouthCount {
  return { total: 0, krimp: 0, anticipeer: 0 };
}

/** Adds the youth of cell `c` to `into`. */
export function addCell(into: YouthCount, youth: CellYouth, c: number): void {
  const p = youth.pop[c];
  into.total += p;
  const k = youth.krimp[c];
  if (k === KRIMP_KRIMPREGIO) into.krimp += p;
  else if (k === KRIMP_ANTICIPEER) into.anticipeer += p;
}

/** Adds `from` to `into`. */
export function addYouth(into: YouthCount, from: YouthCount): void {
  into.total += from.total;
  into.krimp += from.krimp;
  into.anticipeer += from.anticipeer;
}
