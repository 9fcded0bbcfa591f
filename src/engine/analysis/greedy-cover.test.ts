import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedUniqueCells } from '../reach/cell-sets.ts';
import { coveredYouth, coverPatterns } from './cover-patterns.ts';
import { greedyCover, greedyKCover } from './greedy-cover.ts';

/** Random columns over 40 cells with random youth, as the solvers see them. */
const instanceArb = fc
  .record({
    columns: fc.array(fc.array(fc.nat(39), { maxLength: 15 }), { minLength: 1, maxLength: 9 }),
    pop: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 40, maxLength: 40 }),
  })
  .map(({ columns, pop }) => {
    const youth = { pop: Float32Array.from(pop), krimp: new Uint8Array(40) };
    return coverPatterns(columns.map(sortedUniqueCells), youth);
  });

const rowsOf = (patterns: ReturnType<typeof coverPatterns>) =>
  Array.from({ length: patterns.patternCount }, (_, p) => p).filter((p) => patterns.youth[p].total > 0);

describe('greedy fallback', () => {
  it('covers every youth the columns reach, and every kept column is needed', () => {
    fc.assert(
      fc.property(instanceArb, (patterns) => {
        const rows = rowsOf(patterns);
        const chosen = greedyCover(patterns, rows);
        const all = new Uint8Array(patterns.columnCount).fill(1);
        expect(coveredYouth(patterns, chosen).total).toBe(coveredYouth(patterns, all).total);
        chosen.forEach((kept, j) => {
          if (!kept) return;
          const without = chosen.slice();
          without[j] = 0;
          expect(coveredYouth(patterns, without).total).toBeLessThan(coveredYouth(patterns, chosen).total);
        });
      }),
    );
  });

  it('keeps at most k columns', () => {
    fc.assert(
      fc.property(instanceArb, fc.nat(9), (patterns, k) => {
        const chosen = greedyKCover(patterns, rowsOf(patterns), k);
        expect(chosen.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(k);
      }),
    );
  });
});
