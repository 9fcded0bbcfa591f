/**
 * Dutch postcodes and house numbers as they appear in DUO and KiesMBO files.
 * A Dutch postcode is four digits (no leading zero) and two letters; SA, SD and SS are never
 * issued. Anything else is either a foreign postcode or not a postcode at all, and the
 * import reports which of the two, because the user fixes them differently.
 */

import type { PostcodeProblem } from './reject-reason.ts';

export type PostcodeCheck =
  | { kind: 'nl'; postcode: string; pc4: string }
  | { kind: 'foreign'; problem: PostcodeProblem }
  | { kind: 'invalid'; problem: PostcodeProblem };

const NL_POSTCODE = /^([1-9]\d{3})\s*([A-Z]{2})$/;
const NL_PC4_ONLY = /^[1-9]\d{3}$/;
// Country prefixes such as "B-2000", "D 48143", "BE-1000"; and plain five-digit German codes.
const FOREIGN_PREFIX = /^(B|BE|D|DE|F|FR|L|LU)[\s-]?\d{4,5}$/;
const FIVE_DIGITS = /^\d{5}$/;

/** "1234 ab" → "1234AB"; returns null when the value is not a Dutch postcode. */
export function normalisePostcode(raw: string): string | null {
  const check = checkPostcode(raw);
  return check.kind === 'nl' ? check.postcode : null;
}

export function checkPostcode(raw: string): PostcodeCheck {
  const value = raw.trim().toUpperCase();
  const given = raw.trim();
  if (value === '') return { kind: 'invalid', problem: { problem: 'empty' } };
  const match = NL_POSTCODE.exec(value);
  if (match) {
    const letters = match[2];
    if (letters === 'SA' || letters === 'SD' || letters === 'SS') {
      return { kind: 'invalid', problem: { problem: 'never-issued', value: given, letters } };
    }
    return { kind: 'nl', postcode: match[1] + letters, pc4: match[1] };
  }
  if (FOREIGN_PREFIX.test(value) || FIVE_DIGITS.test(value)) {
    return { kind: 'foreign', problem: { problem: 'foreign', value: given } };
  }
  if (NL_PC4_ONLY.test(value)) {
    return { kind: 'invalid', problem: { problem: 'no-letters', value: given } };
  }
  return { kind: 'invalid', problem: { problem: 'malformed', value: given } };
}

/**
 * The number part of a house number: "12", "12a", "12-14", "12 bis" all give 12.
 * DUO splits HUISNUMMER and HUISNUMMERTOEVOEGING; KiesMBO writes "Rosestraat 1101" or
 * "Bos en Lommerplein 270-300 (2e etage)", so for addresses the first number after the street name counts.
 */
export function houseNumber(raw: string): number | null {
  const match = /^\s*(\d+)/.exec(raw);
  return match ? Number(match[1]) : null;
}

/**
 * The house numbers a street address covers: "Rosestraat 1101" → [1101, 1101],
 * "Da Costastraat 60 - 64" → [60, 64], "3e Katendrechtsehoofd 25" → [25, 25].
 * The first number that follows a space counts, so ordinals in street names are skipped.
 */
export function houseNumberRange(address: string): [number, number] | null {
  const match = /\s(\d+)(?:\s*-\s*(\d+))?(?=[\s\-a-zA-Z/,(]|$)/.exec(address);
  if (!match) return null;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  return to >= from ? [from, to] : [from, from];
}
