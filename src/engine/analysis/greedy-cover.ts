import type { CoverPatterns } from './cover-patterns.ts';

/**
 * Greedy answers for when the exact solver runs out of time. Ties go to the lower column index
 * (the more preferred location), so the answers are reproducible.
 */

/** Columns per row pattern, inverted: for each column the rows (indices into `rows`) it covers. */
function rowsOfColumns(patterns: CoverPatterns, rows: readonly number[]): number[][] {
  const out: number[][] = Array.from({ length: patterns.columnCount }, () => []);
  rows.forEach((p, i) => {
    for (let k = patterns.starts[p]; k < patterns.starts[p + 1]; k++) out[patterns.members[k]].push(i);
  });
  return out;
}

/** Repeatedly picks the column with the most youth in still uncovered rows, at most `limit` times. */
function greedyPick(patterns: CoverPatterns, rows: readonly number[], limit: number): Uint8Array {
  const byColumn = rowsOfColumns(patterns, rows);
  const covered = new Uint8Array(rows.length);
  const chosen = new Uint8Array(patterns.columnCount);
  let left = rows.length;
  for (let step = 0; step < limit && left > 0; step++) {
    let best = -1;
    let bestGain = 0;
    byColumn.forEach((list, j) => {
      if (chosen[j]) return;
      let gain = 0;
      for (const i of list) if (!covered[i]) gain += patterns.youth[rows[i]].total;
      if (gain > bestGain) {
        best = j;
        bestGain = gain;
      }
    });
    if (best < 0) break;
    chosen[best] = 1;
    for (const i of byColumn[best]) {
      if (!covered[i]) left--;
      covered[i] = 1;
    }
  }
  return chosen;
}

/** A cover of every row: greedy picks until all rows are covered, then pruned (see pruneCover). */
export function greedyCover(patterns: CoverPatterns, rows: readonly number[]): Uint8Array {
  return pruneCover(patterns, rows, greedyPick(patterns, rows, patterns.columnCount));
}

/**
 * Drops chosen columns, least preferred first, while every row they cover stays covered, so
 * each column left is needed by some row. `chosen` must cover every row; it is changed in place.
 */
export function pruneCover(patterns: CoverPatterns, rows: readonly number[], chosen: Uint8Array): Uint8Array {
  const byColumn = rowsOfColumns(patterns, rows);
  const coverCount = new Int32Array(rows.length);
  byColumn.forEach((list, j) => {
    if (chosen[j]) for (const i of list) coverCount[i]++;
  });
  for (let j = patterns.columnCount - 1; j >= 0; j--) {
    if (!chosen[j] || byColumn[j].some((i) => coverCount[i] === 1)) continue;
    chosen[j] = 0;
    for (const i of byColumn[j]) coverCount[i]--;
  }
  return chosen;
}

/** At most k columns, greedily by youth newly covered. */
export function greedyKCover(patterns: CoverPatterns, rows: readonly number[], k: number): Uint8Array {
  return greedyPick(patterns, rows, k);
}
