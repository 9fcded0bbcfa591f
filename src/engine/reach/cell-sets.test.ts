import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellSetOf, differenceIfSuperset, sameCells, sortedUniqueCells, unionCells } from './cell-sets.ts';

describe('cell sets', () => {
  it('sorts numerically and drops duplicates', () => {
    expect([...sortedUniqueCells([10, 2, 10, 1, 2])]).toEqual([1, 2, 10]);
  });

  it('difference is defined exactly when the second set is a subset', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40)), fc.array(fc.nat(40)), (xs, ys) => {
        const a = sortedUniqueCells(xs);
        const b = sortedUniqueCells(ys);
        const isSubset = [...b].every((c) => a.includes(c));
        const diff = differenceIfSuperset(a, b);
        if (!isSubset) return diff === null;
        return diff !== null && [...diff].join() === [...a].filter((c) => !b.includes(c)).join();
      }),
    );
  });

  it('union is sorted unique', () => {
    expect([...unionCells([Int32Array.of(1, 5), Int32Array.of(0, 5, 9)])]).toEqual([0, 1, 5, 9]);
  });

  it('maps locations to a cell set and counts those without a cell', () => {
    const cells: Record<string, number> = { A: 3, B: 1, C: -1, D: 3 };
    const { cells: set, unplaced } = cellSetOf(['A', 'B', 'C', 'D', 'Z'], (v) => cells[v] ?? -1);
    expect([...set]).toEqual([1, 3]);
    expect(unplaced).toBe(2);
  });

  it('compares sets element-wise', () => {
    expect(sameCells(Int32Array.of(1, 2), Int32Array.of(1, 2))).toBe(true);
    expect(sameCells(Int32Array.of(1, 2), Int32Array.of(1, 3))).toBe(false);
    expect(sameCells(Int32Array.of(1), Int32Array.of(1, 3))).toBe(false);
  });
});
