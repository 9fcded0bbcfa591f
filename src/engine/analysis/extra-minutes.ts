import { unitsToMinutes } from '../travel/search.ts';
import type { TwoNearest } from '../travel/two-nearest.ts';

/** Added minutes after removing each source of one two-nearest search. */
export interface AddedMinutesBySource {
  /** histogram row length: added minutes 0 … maxMinutes */
  width: number;
  /**
   * `sourceCount × width`, row-major by source: 15–24 year olds whose travel time rises by
   * that many whole minutes and who stay within the limit. Slot 0 stays empty.
   */
  histogram: Float64Array;
  /** per source: those people in total */
  people: Float64Array;
  /** per source: Σ people × added minutes (divide by `people` for the mean) */
  weighted: Float64Array;
}

/**
 * For each source, the people whose nearest source it is and who keep access without it, and
 * how many minutes longer they travel. Measured in the whole minutes a travel field stores, so
 * it equals the cell-wise difference of the fields after and before the removal: cells whose
 * minutes do not change (another source as near, or less than half a minute further) are not
 * counted as affected.
 */
export function addedMinutesBySource(two: TwoNearest, sourceCount: number, pop: Float32Array): AddedMinutesBySource {
  const width = unitsToMinutes(two.cutoff) + 1;
  const histogram = new Float64Array(sourceCount * width);
  const people = new Float64Array(sourceCount);
  const weighted = new Float64Array(sourceCount);
  const { firstSource, firstUnits, secondSource, secondUnits } = two;
  for (let c = 0; c < pop.length; c++) {
    const s = firstSource[c];
    if (s < 0 || secondSource[c] === -1) continue;
    const added = unitsToMinutes(secondUnits[c]) - unitsToMinutes(firstUnits[c]);
    if (added <= 0) continue;
    histogram[s * width + added] += pop[c];
    people[s] += pop[c];
    weighted[s] += pop[c] * added;
  }
  return { width, histogram, people, weighted };
}
