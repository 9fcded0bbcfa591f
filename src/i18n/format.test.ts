import { describe, expect, it } from 'vitest';
import { numberFormats } from './format.ts';

describe('numberFormats', () => {
  it('writes Dutch numbers by default', () => {
    const f = numberFormats('nl');
    expect(f.count(1234567.4)).toBe('1.234.567');
    expect(f.signedCount(-1234)).toBe('-1.234');
    expect(f.signedCount(0)).toBe('0');
    expect(f.share(0.4567)).toMatch(/^45,7\s?%$/);
    expect(f.signedPoints(-0.004)).toBe('-0,4 %-punt');
    expect(`${f.signedPointsNumber(-0.004)} ${f.pointUnit}`).toBe(f.signedPoints(-0.004));
    expect(f.signedShare(-0.1333)).toMatch(/^[−-]13,3\s?%$/);
    expect(f.signedShare(0)).toMatch(/^0,0\s?%$/);
    expect(f.decimal(Math.PI)).toBe('3,14');
  });

  it('writes English numbers for English readers', () => {
    const f = numberFormats('en');
    expect(f.count(1234567)).toBe('1,234,567');
    expect(f.signedPoints(0.012)).toBe('+1.2 pp');
    expect(`${f.signedPointsNumber(0.012)} ${f.pointUnit}`).toBe(f.signedPoints(0.012));
  });
});
