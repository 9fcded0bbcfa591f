import { describe, expect, it } from 'vitest';
import { valuesPerYear } from './population-years.ts';

const bands = { a5_9: 30, a10_14: 40, a15_19: 50, a20_24: 60, line: 7 };

describe('valuesPerYear', () => {
  it('takes the counted figure for 2021 and today’s children for 2026 and 2031', () => {
    expect(valuesPerYear('1011', 110, bands)).toEqual([110, 40 + 50, 30 + 40]);
  });

  it('counts unpublished bands as 0', () => {
    expect(valuesPerYear('1011', 0, { a5_9: null, a10_14: 5, a15_19: null, a20_24: null, line: 2 })).toEqual([0, 5, 5]);
  });

  it('stops the build when the age table disagrees with the counted 15–24 year olds, naming the line', () => {
    expect(() => valuesPerYear('1011', 111, bands)).toThrow(
      /pc4_2021_centroids_population_age\.csv:7: PC4 1011: a15_19 \+ a20_24 = 110, but the PC4 polygons count 111/,
    );
  });

  it('stops the build when the age table has no row for a polygon', () => {
    expect(() => valuesPerYear('9999', 0, undefined)).toThrow(/has no row for PC4 9999/);
  });
});
