import { describe, expect, it } from 'vitest';
import { AGE_BANDS_OF_JAAR, DEFAULT_JAAR, isJaar, JAREN, parseJaar } from './years.ts';

describe('population years', () => {
  it('are 2021 (counted) and 2026 and 2031 from the age bands of the children of 2021', () => {
    expect(JAREN).toEqual([2021, 2026, 2031]);
    expect(DEFAULT_JAAR).toBe(2021);
    expect(AGE_BANDS_OF_JAAR[2031]).toEqual(['a5_9', 'a10_14']);
  });

  it('parses an allowed year and refuses any other with the allowed values', () => {
    expect(parseJaar('2026')).toBe(2026);
    expect(parseJaar(' 2031 ')).toBe(2031);
    for (const bad of ['2030', '21', '2021.0', '', 'twee'])
      expect(() => parseJaar(bad, '--jaar')).toThrow(/--jaar: ".*" is not an allowed year; allowed: 2021, 2026, 2031/);
    expect(isJaar(2021)).toBe(true);
    expect(isJaar('2021')).toBe(false);
  });
});
