/**
 * The population years. 2021 is the CBS count of 15–24 year olds (1-1-2021); 2026 and 2031 are
 * the children of 2021 moved on in age — the 10–19 and 5–14 year olds of 2021 — with no
 * migration and no deaths: today's children, not a forecast.
 */
export const JAREN = [2021, 2026, 2031] as const;
export type Jaar = (typeof JAREN)[number];
/** The counted year; a link or command without a year means this one. */
export const DEFAULT_JAAR: Jaar = 2021;
/** The year the change over time is measured to (from DEFAULT_JAAR). */
export const LAST_JAAR: Jaar = 2031;

/** CBS five-year age bands of the PC4 table (1-1-2021) that make the 15–24 year olds of each year. */
export const AGE_BANDS_OF_JAAR: Readonly<
  Record<Jaar, readonly ['a5_9' | 'a10_14' | 'a15_19', 'a10_14' | 'a15_19' | 'a20_24']>
> = {
  2021: ['a15_19', 'a20_24'],
  2026: ['a10_14', 'a15_19'],
  2031: ['a5_9', 'a10_14'],
};

export function isJaar(value: unknown): value is Jaar {
  return (JAREN as readonly unknown[]).includes(value);
}

/** A year given as text (command line, URL); throws a RangeError naming the allowed values. */
export function parseJaar(text: string, what = 'jaar'): Jaar {
  const value = /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!isJaar(value)) throw new RangeError(`${what}: "${text}" is not an allowed year; allowed: ${JAREN.join(', ')}`);
  return value;
}
