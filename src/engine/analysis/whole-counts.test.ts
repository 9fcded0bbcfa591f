import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholeBeforeAfter, wholeByKey, wholeCounts } from './whole-counts.ts';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
// Sixteenths: exact in a double in any order, like the grid's populations.
const count = fc.integer({ min: 0, max: 80_000 }).map((k) => k / 16);

describe('wholeCounts', () => {
  it('adds up to the rounded total and moves no value by a whole person or more', () => {
    fc.assert(
      fc.property(fc.array(count, { maxLength: 30 }), (values) => {
        const whole = wholeCounts(values);
        expect(sum(whole)).toBe(Math.round(sum(values)));
        whole.forEach((w, i) => {
          expect(Number.isInteger(w)).toBe(true);
          expect(Math.abs(w - values[i])).toBeLessThan(1);
        });
      }),
    );
  });

  it('gives the leftover person to the largest fraction, the earlier value on a tie', () => {
    expect(wholeCounts([0.6, 0.6, 0.8])).toEqual([1, 0, 1]);
    expect(wholeCounts([0.5, 0.5])).toEqual([1, 0]);
    expect(wholeCounts([2, 0, 3.25])).toEqual([2, 0, 3]);
    expect(() => wholeCounts([0.5], 3)).toThrow(RangeError);
  });
});

describe('wholeBeforeAfter', () => {
  const pairs = fc.array(fc.tuple(count, count, fc.boolean()), { maxLength: 30 }).map((xs) => ({
    before: xs.map(([b]) => b),
    // About half the entries do not change at all.
    after: xs.map(([b, a, same]) => (same ? b : a)),
  }));

  it('adds up on both sides, keeps unchanged entries equal, and moves no change by a whole person', () => {
    fc.assert(
      fc.property(pairs, ({ before, after }) => {
        const whole = wholeBeforeAfter(before, after);
        expect(sum(whole.before)).toBe(Math.round(sum(before)));
        expect(sum(whole.after)).toBe(Math.round(sum(after)));
        before.forEach((b, i) => {
          if (after[i] === b) expect(whole.after[i]).toBe(whole.before[i]);
          expect(Math.abs(whole.before[i] - b)).toBeLessThan(1);
          expect(Math.abs(whole.after[i] - whole.before[i] - (after[i] - b))).toBeLessThan(1);
        });
      }),
    );
  });
});

describe('wholeByKey', () => {
  it('rounds the keys that are not zero on either side, in code order', () => {
    const whole = wholeByKey(
      new Map([
        ['B', 1.5],
        ['A', 1.5],
        ['Z', 0],
      ]),
      new Map([
        ['B', 1.5],
        ['A', 0.5],
        ['C', 1],
      ]),
    );
    expect([...whole]).toEqual([
      ['A', { before: 2, after: 1 }],
      ['B', { before: 1, after: 1 }],
      ['C', { before: 0, after: 1 }],
    ]);
  });
});
