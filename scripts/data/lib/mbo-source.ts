import { z } from 'zod';
import type { BuildContext } from '../step.ts';
import type { CsvRow } from './csv.ts';
import { csvField } from './csv.ts';
import { SourceError } from './source-error.ts';

export const VESTIGINGEN_FILE = 'mbo/kiesmbo_mbo_vestigingen_2025-02.csv';
export const INSTELLINGEN_FILE = 'mbo/kiesmbo_mbo_instellingen_2025-02.csv';
export const FUNDED_FILE = 'mbo/mbo_brin_lijst_cedanl_57.csv';

const brin = z
  .string()
  .trim()
  .regex(/^[0-9A-Z]{4}$/, 'is not a BRIN code (4 letters/digits)');
const brinvest = z
  .string()
  .trim()
  .regex(/^[0-9A-Z]{6}$/, 'is not a brinvest code (BRIN + 2-character vestigingsnummer)');

export const vestigingRow = z.object({
  brinvest,
  brin,
  vestigingsnummer: z
    .string()
    .trim()
    .regex(/^[0-9A-Z]{2}$/, 'is not a 2-character vestigingsnummer'),
  instelling_naam: csvField.nonEmpty,
  locatie_naam: csvField.text,
  straat_huisnr: csvField.text,
  // Normalised to "1234AB"; a few rows only give the PC4 part, which is kept and reported.
  postcode: z
    .string()
    .transform((v) => v.replace(/\s+/g, '').toUpperCase())
    .pipe(z.string().regex(/^(\d{4}([A-Z]{2})?)?$/, 'is not a Dutch postcode')),
  plaats: csvField.text,
  lon: csvField.lon,
  lat: csvField.lat,
  is_hoofdlocatie: z.enum(['J', 'N'], { message: 'must be J or N' }),
});
export type VestigingRow = z.infer<typeof vestigingRow>;

export const instellingRow = z.object({
  brin,
  naam: csvField.nonEmpty,
  afkorting: csvField.text,
  type: csvField.text,
  website: csvField.text,
  hoofdlocatie_brinvest: z.union([brinvest, z.literal('')]),
  locaties_brinvest: z
    .string()
    .transform((v) =>
      v
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    )
    .pipe(z.array(z.string().regex(/^[0-9A-Z]{6}$/, 'is not a brinvest code'))),
});
export type InstellingRow = z.infer<typeof instellingRow>;

export const fundedRow = z.object({ instelling_naam: csvField.nonEmpty, brin });

/** The vestigingen, checked for duplicate brinvest codes and BRIN consistency. */
export async function loadVestigingen(ctx: BuildContext): Promise<CsvRow<VestigingRow>[]> {
  const rows = await ctx.readSourceCsvLines(VESTIGINGEN_FILE, vestigingRow);
  const seen = new Set<string>();
  for (const { line, value } of rows) {
    if (seen.has(value.brinvest))
      throw new SourceError(VESTIGINGEN_FILE, `brinvest ${value.brinvest} occurs twice`, line);
    seen.add(value.brinvest);
    if (value.brinvest !== value.brin + value.vestigingsnummer) {
      throw new SourceError(
        VESTIGINGEN_FILE,
        `brinvest ${value.brinvest} does not equal brin ${value.brin} + vestigingsnummer ${value.vestigingsnummer}`,
        line,
      );
    }
  }
  return rows;
}
