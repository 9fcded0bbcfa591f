import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedUniqueCells } from '../reach/cell-sets.ts';
import { coveredYouth, coverPatterns, soleYouth } from './cover-patterns.ts';

const columnsArb = fc.array(fc.array(fc.nat(29), { maxLength: 12 }).map(sortedUniqueCells), {
  minLength: 1,
  maxLength: 8,
});
const popArb = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 30, maxLength: 30 });

describe('coverage patterns', () => {
  it('groups each covered cell with exactly the cells covered by the same columns', () => {
    fc.assert(
      fc.property(columnsArb, popArb, (columns, pop) => {
        const patterns = coverPatterns(columns, { pop: Float32Array.from(pop), krimp: new Uint8Array(30) });
        const setOf = (c: number) => columns.flatMap((cells, j) => (cells.includes(c) ? [j] : [])).join(',');
        for (let c = 0; c < 30; c++) {
          const p = patterns.patternOfCell[c];
          if (setOf(c) === '') {
            expect(p).toBe(-1);
            continue;
          }
          expect([...patterns.members.subarray(patterns.starts[p], patterns.starts[p + 1])].join(',')).toBe(setOf(c));
          for (let d = 0; d < 30; d++) expect(patterns.patternOfCell[d] === p).toBe(setOf(d) === setOf(c));
        }
      }),
    );
  });

  it('sums youth per pattern, and the youth only one chosen column reaches', () => {
    fc.assert(
      fc.property(columnsArb, popArb, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (columns, pop, pick) => {
        const krimp = Uint8Array.from({ length: 30 }, (_, c) => c % 3);
        const patterns = coverPatterns(columns, { pop: Float32Array.from(pop), krimp });
        const chosen = Uint8Array.from(columns, (_, j) => Number(pick[j]));
        const byChosen = (c: number) => columns.filter((cells, j) => chosen[j] && cells.includes(c)).length;
        const sum = (test: (c: number) => boolean, k?: number) =>
          pop.reduce((s, v, c) => (test(c) && (k === undefined || krimp[c] === k) ? s + v : s), 0);
        const covered = coveredYouth(patterns, chosen);
        expect(covered.total).toBe(sum((c) => byChosen(c) > 0));
        expect(covered.krimp).toBe(sum((c) => byChosen(c) > 0, 1));
        expect(covered.anticipeer).toBe(sum((c) => byChosen(c) > 0, 2));
        soleYouth(patterns, chosen).forEach((alone, j) => {
          expect(alone.total).toBe(chosen[j] ? sum((c) => byChosen(c) === 1 && columns[j].includes(c)) : 0);
        });
      }),
    );
  });
});
