/**
 * Region layers as group-bys. Every layer the app offers (gemeente, arbeidsmarktregio, RMC,
 * provincie, a custom selection, and the krimp/anticipeer split) is a union of gemeenten. So
 * a metric makes ONE pass over the cells, summing into a per-gemeente Float64Array through the
 * per-cell gemeente index, and each layer is then a tiny gemeente → region fold (≈342 entries)
 * instead of another pass over ~56k cells.
 */

export type RegionLayerId = 'gemeente' | 'arbeidsmarktregio' | 'rmc' | 'provincie' | 'custom';

export interface RegionLayer {
  id: RegionLayerId;
  /** region codes; a region's index in this array is its index in every per-region array */
  codes: string[];
  names: string[];
  /** per gemeente index: region index, or -1 when the gemeente is in no region of this layer */
  ofGemeente: Int32Array;
}

/** Krimp status per gemeente. */
export const KRIMP_NONE = 0;
export const KRIMP_KRIMPREGIO = 1;
export const KRIMP_ANTICIPEER = 2;

/**
 * The per-cell inputs of every metric. Per-gemeente arrays have one extra, last slot: the bucket
 * of cells outside every gemeente (grid value 65535), so national totals still include them.
 */
export interface RegionContext {
  cellCount: number;
  /** 15–24 year olds per cell */
  pop: Float32Array;
  /** gemeente index per cell; `gemeenteCount` (the extra bucket) for none */
  cellBucket: Uint16Array;
  gemeenteCount: number;
  /** KRIMP_* per gemeente (editable: the krimp list is reconstructed, users may correct it) */
  krimp: Uint8Array;
  /** 15–24 year olds per gemeente bucket (length gemeenteCount + 1) */
  popByBucket: Float64Array;
}

/** The grid fields the metrics read (a subset of src/data/geodata Grid). */
export interface GridLike {
  count: number;
  pop: Float32Array;
  /** gemeente index per cell, NO_GEMEENTE for none */
  gemeente: Uint16Array;
}

/** The gemeente fields the metrics read (a subset of src/data/geodata Gemeente). */
export interface GemeenteLike {
  code: string;
  naam: string;
  provincie: string;
  amr: string;
  amrNaam: string;
  rmc: string;
  rmcNaam: string;
  krimp: { type: 'krimpregio' | 'anticipeerregio' } | null;
}

const NO_GEMEENTE = 65535;

export function krimpByGemeente(gemeenten: readonly GemeenteLike[]): Uint8Array {
  return Uint8Array.from(gemeenten, (g) =>
    g.krimp === null ? KRIMP_NONE : g.krimp.type === 'krimpregio' ? KRIMP_KRIMPREGIO : KRIMP_ANTICIPEER,
  );
}

export function regionContext(grid: GridLike, gemeenteCount: number, krimp: Uint8Array): RegionContext {
  if (krimp.length !== gemeenteCount) {
    throw new Error(`krimp status has ${krimp.length} gemeenten, expected ${gemeenteCount}`);
  }
  if (gemeenteCount >= NO_GEMEENTE) throw new Error(`too many gemeenten (${gemeenteCount})`);
  const cellBucket = new Uint16Array(grid.count);
  const popByBucket = new Float64Array(gemeenteCount + 1);
  for (let c = 0; c < grid.count; c++) {
    const g = grid.gemeente[c];
    if (g !== NO_GEMEENTE && g >= gemeenteCount) {
      throw new Error(`cell ${c} refers to gemeente ${g}, but there are only ${gemeenteCount}`);
    }
    const bucket = g === NO_GEMEENTE ? gemeenteCount : g;
    cellBucket[c] = bucket;
    popByBucket[bucket] += grid.pop[c];
  }
  return { cellCount: grid.count, pop: grid.pop, cellBucket, gemeenteCount, krimp, popByBucket };
}

/**
 * Same context with another population per cell (another population year, src/engine/population):
 * the cells, gemeenten and krimp list stay; the per-gemeente sums are recomputed in one pass.
 */
export function withPopulation(context: RegionContext, pop: Float32Array): RegionContext {
  if (pop.length !== context.cellCount) {
    throw new Error(`population has ${pop.length} cells, the grid has ${context.cellCount}`);
  }
  const popByBucket = new Float64Array(context.gemeenteCount + 1);
  for (let c = 0; c < pop.length; c++) popByBucket[context.cellBucket[c]] += pop[c];
  return { ...context, pop, popByBucket };
}

/** Same context with a user-corrected krimp list; the per-cell arrays are shared, not copied. */
export function withKrimp(context: RegionContext, krimp: Uint8Array): RegionContext {
  if (krimp.length !== context.gemeenteCount) {
    throw new Error(`krimp status has ${krimp.length} gemeenten, expected ${context.gemeenteCount}`);
  }
  return { ...context, krimp };
}

function layerBy(
  id: RegionLayerId,
  gemeenten: readonly GemeenteLike[],
  code: (g: GemeenteLike) => string,
  name: (g: GemeenteLike) => string,
): RegionLayer {
  const index = new Map<string, number>();
  const codes: string[] = [];
  const names: string[] = [];
  const ofGemeente = new Int32Array(gemeenten.length).fill(-1);
  gemeenten.forEach((g, i) => {
    const c = code(g);
    if (c === '') return; // a gemeente the source left out of this layer
    let r = index.get(c);
    if (r === undefined) {
      r = codes.length;
      index.set(c, r);
      codes.push(c);
      names.push(name(g));
    }
    ofGemeente[i] = r;
  });
  return { id, codes, names, ofGemeente };
}

/** gemeente, arbeidsmarktregio, RMC and provincie, from gemeenten.json (array index = grid gemeente index). */
export function standardLayers(gemeenten: readonly GemeenteLike[]): RegionLayer[] {
  return [
    layerBy(
      'gemeente',
      gemeenten,
      (g) => g.code,
      (g) => g.naam,
    ),
    layerBy(
      'arbeidsmarktregio',
      gemeenten,
      (g) => g.amr,
      (g) => g.amrNaam,
    ),
    layerBy(
      'rmc',
      gemeenten,
      (g) => g.rmc,
      (g) => g.rmcNaam,
    ),
    layerBy(
      'provincie',
      gemeenten,
      (g) => g.provincie,
      (g) => g.provincie,
    ),
  ];
}

/** One region made of the gemeenten the user drew or ticked. */
export function customLayer(name: string, gemeenteIndices: Iterable<number>, gemeenteCount: number): RegionLayer {
  const ofGemeente = new Int32Array(gemeenteCount).fill(-1);
  for (const g of gemeenteIndices) {
    if (!(Number.isInteger(g) && g >= 0 && g < gemeenteCount)) {
      throw new RangeError(`custom region: gemeente index ${g} is outside 0..${gemeenteCount - 1}`);
    }
    ofGemeente[g] = 0;
  }
  return { id: 'custom', codes: ['custom'], names: [name], ofGemeente };
}

/** Folds a per-gemeente-bucket array into per-region sums of a layer. O(gemeenten). */
export function sumByRegion(byBucket: Float64Array, layer: Pick<RegionLayer, 'codes' | 'ofGemeente'>): Float64Array {
  const out = new Float64Array(layer.codes.length);
  for (let g = 0; g < layer.ofGemeente.length; g++) {
    const r = layer.ofGemeente[g];
    if (r >= 0) out[r] += byBucket[g];
  }
  return out;
}

/** Sum over the gemeente buckets whose krimp status is `status`. */
export function sumByKrimp(byBucket: Float64Array, context: RegionContext, status: number): number {
  let sum = 0;
  for (let g = 0; g < context.gemeenteCount; g++) if (context.krimp[g] === status) sum += byBucket[g];
  return sum;
}

/** Sum over all buckets, including cells outside every gemeente. */
export function sumAll(byBucket: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < byBucket.length; i++) sum += byBucket[i];
  return sum;
}
