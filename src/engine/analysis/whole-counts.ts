/**
 * Whole people from fractional counts (the grid spreads PC4 counts by area) that still add up:
 * each value is rounded down, and the people left over (total − Σ floors) go one each to the
 * values with the largest fractions, the earlier value first on a tie (largest remainder).
 * `total` defaults to the rounded sum.
 */
export function wholeCounts(
  values: readonly number[],
  total = Math.round(values.reduce((a, b) => a + b, 0)),
): number[] {
  const floors = values.map(Math.floor);
  let left = total - floors.reduce((a, b) => a + b, 0);
  if (left < 0 || left > values.length)
    throw new RangeError(`cannot round ${values.length} values to a total of ${total}`);
  const order = values.map((_, i) => i).sort((a, b) => values[b] - floors[b] - (values[a] - floors[a]) || a - b);
  for (const i of order) {
    if (left === 0) break;
    floors[i]++;
    left--;
  }
  return floors;
}

/**
 * Whole counts before and after a change, per entry: both sides add up to their rounded
 * totals, and an entry whose count did not change keeps the same whole number on both sides
 * (rounding each side on its own could move an untouched institution by one person). "Before"
 * is rounded by largest remainder; "after" is before plus the changes, rounded the same way to
 * the rounded after-total. That total lies within one of Σ changes, so every change moves by
 * less than one person.
 */
export function wholeBeforeAfter(
  before: readonly number[],
  after: readonly number[],
): { before: number[]; after: number[] } {
  if (before.length !== after.length) throw new RangeError(`${before.length} values before, ${after.length} after`);
  const wholeBefore = wholeCounts(before);
  const changed = before.map((_, i) => i).filter((i) => after[i] !== before[i]);
  const afterTotal = Math.round(after.reduce((a, b) => a + b, 0));
  const changes = wholeCounts(
    changed.map((i) => after[i] - before[i]),
    afterTotal - wholeBefore.reduce((a, b) => a + b, 0),
  );
  const wholeAfter = [...wholeBefore];
  for (const [k, i] of changed.entries()) wholeAfter[i] += changes[k];
  return { before: wholeBefore, after: wholeAfter };
}

/**
 * wholeBeforeAfter per key (an institution's BRIN): every key that is not zero before or after,
 * rounded in code order, so every caller (the scenario CLI, the app's panel) gets the same
 * whole numbers for the same catchments.
 */
export function wholeByKey(
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
): Map<string, { before: number; after: number }> {
  const keys = [...new Set([...before.keys(), ...after.keys()])]
    .filter((k) => (before.get(k) ?? 0) > 0 || (after.get(k) ?? 0) > 0)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const whole = wholeBeforeAfter(
    keys.map((k) => before.get(k) ?? 0),
    keys.map((k) => after.get(k) ?? 0),
  );
  return new Map(keys.map((k, i) => [k, { before: whole.before[i], after: whole.after[i] }]));
}
