import { z } from 'zod';
import { AGE_BANDS_OF_JAAR, DEFAULT_JAAR, JAREN, type Jaar } from '../../../src/engine/population/years.ts';
import { csvField } from '../lib/csv.ts';
import { SourceError } from '../lib/source-error.ts';
import type { BuildContext } from '../step.ts';
import { PC4_CENTROIDS_FILE } from './places.ts';

/**
 * The population years of the grid. The PC4 polygons carry only the 15–24 year olds of the count;
 * the CBS PC4 table of the same count (1-1-2021) carries the five-year age bands. The 15–24 year
 * olds of 2026 and 2031 are today's 10–19 and 5–14 year olds (AGE_BANDS_OF_JAAR): no migration,
 * no deaths, no forecast.
 */
export const PC4_AGE_TABLE_FILE = PC4_CENTROIDS_FILE;

const ageRow = z.object({
  pc4: z.string().regex(/^\d{4}$/, 'is not a PC4 code'),
  a5_9: csvField.optionalCount,
  a10_14: csvField.optionalCount,
  a15_19: csvField.optionalCount,
  a20_24: csvField.optionalCount,
});
export type AgeBands = Omit<z.infer<typeof ageRow>, 'pc4'>;

export async function loadPc4AgeBands(ctx: BuildContext): Promise<Map<string, AgeBands & { line: number }>> {
  const rows = await ctx.readSourceCsvLines(PC4_AGE_TABLE_FILE, ageRow);
  const byPc4 = new Map<string, AgeBands & { line: number }>();
  for (const { line, value } of rows) {
    const { pc4, ...bands } = value;
    if (byPc4.has(pc4)) throw new SourceError(PC4_AGE_TABLE_FILE, `PC4 ${pc4} appears twice`, line);
    byPc4.set(pc4, { ...bands, line });
  }
  return byPc4;
}

/**
 * The 15–24 year olds of each population year in one PC4 area, in JAREN order. The counted year
 * keeps the polygon's own figure; the age table must agree with it (same count, same areas), or
 * the years would not be comparable and the build stops. Unpublished bands (CBS suppresses tiny
 * counts) count as 0.
 */
export function valuesPerYear(
  pc4: string,
  counted: number,
  bands: (AgeBands & { line: number }) | undefined,
): number[] {
  if (!bands) throw new SourceError(PC4_AGE_TABLE_FILE, `has no row for PC4 ${pc4}, which the PC4 polygons hold`);
  const sum = (jaar: Jaar) => AGE_BANDS_OF_JAAR[jaar].reduce((total, band) => total + (bands[band] ?? 0), 0);
  if (sum(DEFAULT_JAAR) !== counted) {
    const [a, b] = AGE_BANDS_OF_JAAR[DEFAULT_JAAR];
    throw new SourceError(
      PC4_AGE_TABLE_FILE,
      `PC4 ${pc4}: ${a} + ${b} = ${sum(DEFAULT_JAAR)}, but the PC4 polygons count ${counted} people aged 15–24`,
      bands.line,
    );
  }
  return JAREN.map((jaar) => (jaar === DEFAULT_JAAR ? counted : sum(jaar)));
}
