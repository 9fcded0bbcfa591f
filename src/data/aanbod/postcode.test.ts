import { describe, expect, it } from 'vitest';
import { checkPostcode, houseNumber, houseNumberRange, normalisePostcode } from './postcode.ts';

describe('postcodes', () => {
  it('normalises spaces and case', () => {
    expect(normalisePostcode('1234 ab')).toBe('1234AB');
    expect(normalisePostcode(' 3071AL ')).toBe('3071AL');
    expect(normalisePostcode('3071  al')).toBe('3071AL');
  });

  it('tells invalid from foreign postcodes', () => {
    expect(checkPostcode('').kind).toBe('invalid');
    expect(checkPostcode('0123AB').kind).toBe('invalid');
    expect(checkPostcode('1234SS').kind).toBe('invalid');
    expect(checkPostcode('12AB').kind).toBe('invalid');
    expect(checkPostcode('7005').kind).toBe('invalid');
    expect(checkPostcode('B-2000').kind).toBe('foreign');
    expect(checkPostcode('D 48143').kind).toBe('foreign');
    expect(checkPostcode('48143').kind).toBe('foreign');
    expect(checkPostcode('1234AB')).toEqual({ kind: 'nl', postcode: '1234AB', pc4: '1234' });
  });
});

describe('house numbers', () => {
  it('reads the number part of HUISNUMMER', () => {
    expect(houseNumber('12')).toBe(12);
    expect(houseNumber(' 12a')).toBe(12);
    expect(houseNumber('')).toBeNull();
  });

  it('reads the range an address covers, skipping ordinals in street names', () => {
    expect(houseNumberRange('Rosestraat 1101')).toEqual([1101, 1101]);
    expect(houseNumberRange('Da Costastraat 60 - 64')).toEqual([60, 64]);
    expect(houseNumberRange('Oostplein 410-428')).toEqual([410, 428]);
    expect(houseNumberRange('3e Katendrechtsehoofd 25')).toEqual([25, 25]);
    expect(houseNumberRange('Parkweg 4a')).toEqual([4, 4]);
    expect(houseNumberRange('Bos en Lommerplein 270-300 (2e etage)')).toEqual([270, 300]);
    expect(houseNumberRange('Cypressehout 95, 97, 99')).toEqual([95, 95]);
    expect(houseNumberRange('Postbus')).toBeNull();
  });
});
