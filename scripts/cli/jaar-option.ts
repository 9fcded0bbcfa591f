/**
 * `--jaar Y` for every CLI that counts people: the population year (2021, 2026 or 2031; default
 * 2021). Use it as
 *
 *   const { values } = parseArgs({ args, options: { ...JAAR_OPTION, ...yourOptions } });
 *   const jaar = jaarOption(values.jaar);          // throws a RangeError naming the allowed years
 *   metrics.setPopulation(populationOf(grid.popByYear, jaar, grid.count));
 *
 * and put `"jaar": jaar` (and `jaarLabel(jaar)` where it is not the counted year) in the output.
 */
import { DEFAULT_JAAR, JAREN, type Jaar, parseJaar } from '../../src/engine/population/index.ts';

/** The option for node:util parseArgs. */
export const JAAR_OPTION = { jaar: { type: 'string' } } as const;

/** For usage lines. */
export const JAAR_USAGE = `[--jaar ${JAREN.join('|')}]`;

/** The year of `--jaar` (absent = 2021). A year outside the list throws with the allowed values. */
export function jaarOption(value: string | undefined): Jaar {
  return value === undefined ? DEFAULT_JAAR : parseJaar(value, '--jaar');
}

/** What a later year is, for the output: it must never pass for a forecast. Null for the counted year. */
export function jaarLabel(jaar: Jaar): string | null {
  return jaar === DEFAULT_JAAR
    ? null
    : '2026 en 2031: de kinderen van nu, zonder verhuizingen (geen prognose) — ' +
        "2026 and 2031: today's children, without moving (not a forecast)";
}
