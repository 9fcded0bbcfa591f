import { describe, expect, it } from 'vitest';
import { detectDecimalStyle, parseNumber } from './number.ts';

describe('detectDecimalStyle', () => {
  it('reads a column with decimal commas or points as such', () => {
    expect(detectDecimalStyle(['0,85', '12', '1.250'])).toBe('comma');
    expect(detectDecimalStyle(['0.85', '12', '1,250.5'])).toBe('point');
    expect(detectDecimalStyle(['1.250.000', '3'])).toBe('comma');
  });
  it('reads only-ambiguous columns the Dutch way', () => {
    expect(detectDecimalStyle(['1.250', '2.500'])).toBe('comma');
    expect(detectDecimalStyle(['12', '30'])).toBe('comma');
  });
});

describe('parseNumber', () => {
  it.each([
    ['0,85', 'comma', 0.85],
    ['1.250', 'comma', 1250],
    ['1.250,5', 'comma', 1250.5],
    ['1 250', 'comma', 1250],
    ['12 %', 'comma', 12],
    ['−3', 'comma', -3],
    ['+4', 'comma', 4],
    ['0.85', 'point', 0.85],
    ['1,250.5', 'point', 1250.5],
  ] as const)('%s (%s) → %d', (raw, style, value) => expect(parseNumber(raw, style)).toEqual({ value }));

  it('treats empty and "n.v.t." as missing, and words as errors', () => {
    expect(parseNumber('', 'comma')).toEqual({ value: null });
    expect(parseNumber('n.v.t.', 'comma')).toEqual({ value: null });
    expect(parseNumber('veel', 'comma')).toEqual({ notANumber: 'veel' });
    expect(parseNumber('1,2,3', 'comma')).toEqual({ notANumber: '1,2,3' });
  });
});
