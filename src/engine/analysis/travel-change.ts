import { type RegionContext, type RegionLayer, sumByRegion } from '../metrics/regions.ts';

/**
 * How a scenario changes travel time for the people who have access before AND after it
 * (gained and lost access are the coverage figures' business). Minutes are the whole minutes
 * of the two travel fields, so everything here is a cell-wise difference of those fields.
 */
export interface TravelChange {
  /** per cell: after − before in minutes where both are within the limit, else 0 (the delta map) */
  minutes: Int16Array;
  /** people whose travel time rises, and Σ people × added minutes */
  addedPeople: number;
  addedPersonMinutes: number;
  /** people whose travel time falls, and Σ people × saved minutes (positive) */
  savedPeople: number;
  savedPersonMinutes: number;
  /** people per added whole minutes (index = minutes), for those whose travel time rises */
  addedHistogram: Float64Array;
  /** population-weighted mean of after − before over everyone with access before and after */
  meanChange: number;
  /** per gemeente bucket: Σ people × (after − before), and those people */
  changeByBucket: Float64Array;
  keptByBucket: Float64Array;
}

export function travelTimeChange(
  before: Uint16Array,
  after: Uint16Array,
  limit: number,
  context: RegionContext,
): TravelChange {
  if (before.length !== context.cellCount || after.length !== context.cellCount) {
    throw new Error(`travel fields have ${before.length} and ${after.length} cells, the grid has ${context.cellCount}`);
  }
  const minutes = new Int16Array(context.cellCount);
  const histogram = new Float64Array(Math.floor(limit) + 1);
  const changeByBucket = new Float64Array(context.gemeenteCount + 1);
  const keptByBucket = new Float64Array(context.gemeenteCount + 1);
  const { pop, cellBucket } = context;
  let addedPeople = 0;
  let addedPersonMinutes = 0;
  let savedPeople = 0;
  let savedPersonMinutes = 0;
  let kept = 0;
  let change = 0;
  for (let c = 0; c < before.length; c++) {
    if (before[c] > limit || after[c] > limit) continue;
    const d = after[c] - before[c];
    const p = pop[c];
    minutes[c] = d;
    keptByBucket[cellBucket[c]] += p;
    changeByBucket[cellBucket[c]] += p * d;
    kept += p;
    change += p * d;
    if (d > 0) {
      addedPeople += p;
      addedPersonMinutes += p * d;
      histogram[d] += p;
    } else if (d < 0) {
      savedPeople += p;
      savedPersonMinutes -= p * d;
    }
  }
  let end = histogram.length;
  while (end > 0 && histogram[end - 1] === 0) end--;
  return {
    minutes,
    addedPeople,
    addedPersonMinutes,
    savedPeople,
    savedPersonMinutes,
    addedHistogram: histogram.slice(0, end),
    meanChange: kept > 0 ? change / kept : 0,
    changeByBucket,
    keptByBucket,
  };
}

/** Population-weighted mean change per region of a layer (0 where nobody keeps access). */
export function meanChangeByRegion(change: TravelChange, layer: RegionLayer): Float64Array {
  const total = sumByRegion(change.changeByBucket, layer);
  const people = sumByRegion(change.keptByBucket, layer);
  return total.map((t, r) => (people[r] > 0 ? t / people[r] : 0));
}
