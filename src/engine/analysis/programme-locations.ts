import { groupByCrebo } from '../metrics/offer-groups.ts';
import {
  KRIMP_ANTICIPEER,
  KRIMP_KRIMPREGIO,
  type RegionContext,
  type RegionLayer,
  sumAll,
  sumByKrimp,
} from '../metrics/regions.ts';
import type { Niveau, OfferRow } from '../offer/types.ts';
import type { CellOf } from '../reach/cell-sets.ts';
import type { TwoNearestSearch } from '../travel/two-nearest.ts';
import { addedMinutesBySource } from './extra-minutes.ts';
import { soleReachBySource } from './sole-reach.ts';

/**
 * One programme-location (a crebo at a vestiging, leerwegen merged) and what stopping it costs:
 * the reach nobody else offers, and the extra minutes of those who keep access.
 */
export interface ProgrammeLocation {
  crebo: string;
  vestiging: string;
  niveau: Niveau;
  /** false when the vestiging has no grid cell: it is no travel source, so every figure is 0 */
  placed: boolean;
  /** 15–24 year olds within the limit of this vestiging and of no other offering the crebo */
  sole: number;
  soleKrimp: number;
  soleAnticipeer: number;
  /** the sole reach per gemeente bucket, sparse: the buckets with reach and their counts */
  soleBuckets: Uint16Array;
  soleCounts: Float64Array;
  /** people whose nearest offering this is and who keep access after a stop, with longer travel */
  extraPeople: number;
  /** their population-weighted mean added minutes; null when there is nobody */
  extraMeanMinutes: number | null;
  /** their population per added whole minutes (index = minutes) */
  extraHistogram: Float64Array;
}

/**
 * Every programme-location of one crebo from ONE two-label search over its vestigingen (each
 * vestiging is its own source, so two in one cell share their reach and neither is sole).
 * `vestigingen` are the distinct locations offering the crebo; the result follows their order.
 */
export function creboProgrammeLocations(
  search: TwoNearestSearch,
  crebo: string,
  niveau: Niveau,
  vestigingen: readonly string[],
  cellOf: CellOf,
  limit: number,
  context: RegionContext,
): ProgrammeLocation[] {
  const placed = vestigingen.map((v) => ({ vestiging: v, cell: cellOf(v) })).filter((p) => p.cell >= 0);
  const sourceOf = new Map(placed.map((p, i) => [p.vestiging, i]));
  const two = search.search(
    placed.map((p) => p.cell),
    limit,
  );
  const sole = soleReachBySource(two, placed.length, context);
  const added = addedMinutesBySource(two, placed.length, context.pop);
  const buckets = context.gemeenteCount + 1;
  return vestigingen.map((vestiging): ProgrammeLocation => {
    const i = sourceOf.get(vestiging);
    if (i === undefined) return unplacedLocation(crebo, vestiging, niveau);
    const byBucket = sole.subarray(i * buckets, (i + 1) * buckets);
    const nonZero: number[] = [];
    for (let b = 0; b < buckets; b++) if (byBucket[b] > 0) nonZero.push(b);
    const people = added.people[i];
    return {
      crebo,
      vestiging,
      niveau,
      placed: true,
      sole: sumAll(byBucket),
      soleKrimp: sumByKrimp(byBucket, context, KRIMP_KRIMPREGIO),
      soleAnticipeer: sumByKrimp(byBucket, context, KRIMP_ANTICIPEER),
      soleBuckets: Uint16Array.from(nonZero),
      soleCounts: Float64Array.from(nonZero, (b) => byBucket[b]),
      extraPeople: people,
      extraMeanMinutes: people > 0 ? added.weighted[i] / people : null,
      extraHistogram: trimmed(added.histogram.subarray(i * added.width, (i + 1) * added.width)),
    };
  });
}

/**
 * Every programme-location of a niveau in an offer, one search per crebo. `onCrebo` sees each
 * crebo's rows as they are computed, so a caller can stream them.
 */
export function programmeLocations(
  search: TwoNearestSearch,
  rows: readonly OfferRow[],
  niveau: Niveau,
  cellOf: CellOf,
  limit: number,
  context: RegionContext,
  onCrebo?: (crebo: string, locations: ProgrammeLocation[]) => void,
): ProgrammeLocation[] {
  const groups = groupByCrebo(rows, (row) => row.niveau === niveau);
  const all: ProgrammeLocation[] = [];
  for (const crebo of [...groups.keys()].sort()) {
    const vestigingen = [...(groups.get(crebo)?.vestigingen ?? [])].sort();
    const locations = creboProgrammeLocations(search, crebo, niveau, vestigingen, cellOf, limit, context);
    onCrebo?.(crebo, locations);
    for (const l of locations) all.push(l);
  }
  return all;
}

/** Sole reach per region of a layer (gemeenten outside the layer, and cells outside every gemeente, count nowhere). */
export function soleReachByRegion(location: ProgrammeLocation, layer: RegionLayer): Float64Array {
  const out = new Float64Array(layer.codes.length);
  for (let k = 0; k < location.soleBuckets.length; k++) {
    const r = layer.ofGemeente[location.soleBuckets[k]] ?? -1;
    if (r >= 0) out[r] += location.soleCounts[k];
  }
  return out;
}

/** Largest sole reach first; ties by crebo, then vestiging, so the order is stable. */
export function bySoleReachDescending(a: ProgrammeLocation, b: ProgrammeLocation): number {
  return b.sole - a.sole || a.crebo.localeCompare(b.crebo) || a.vestiging.localeCompare(b.vestiging);
}

function unplacedLocation(crebo: string, vestiging: string, niveau: Niveau): ProgrammeLocation {
  return {
    crebo,
    vestiging,
    niveau,
    placed: false,
    sole: 0,
    soleKrimp: 0,
    soleAnticipeer: 0,
    soleBuckets: new Uint16Array(0),
    soleCounts: new Float64Array(0),
    extraPeople: 0,
    extraMeanMinutes: null,
    extraHistogram: new Float64Array(0),
  };
}

/** A copy without trailing empty slots. */
function trimmed(histogram: Float64Array): Float64Array {
  let end = histogram.length;
  while (end > 0 && histogram[end - 1] === 0) end--;
  return histogram.slice(0, end);
}
