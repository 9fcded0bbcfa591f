import Papa from 'papaparse';
import type { IndicatorCsvColumn } from '../indicators/csv-column.ts';
import { MODELLED_LABEL } from '../offer/modelled-label.ts';
import type { SectorRow } from './sector-table.ts';

/**
 * The sector table as CSV, for a spreadsheet. Numbers are unformatted (a '.' decimal point,
 * no thousands separators) so they stay numbers; fields with ',', '"' or line breaks are quoted
 * by papaparse, and cells that a spreadsheet would run as a formula are escaped. The first lines
 * are '#' comments: the offer's status (modelled or the imported file), the scope and the sources
 * — read it back with papaparse's `comments: '#'`.
 */
export const SECTOR_CSV_COLUMNS = [
  'crebo',
  'naam',
  'niveau',
  'domein',
  'locaties',
  'instellingen',
  'dekking_aandeel',
  'bereikt_15_24',
  'duplicaties',
  'reistijdgrens_min',
  'regiolaag',
  'regio',
] as const;

export const SECTOR_CSV_SOURCE = 'Bron: CBS; KiesMBO / SBB';

export interface SectorCsvContext {
  /** null = modelled offer; otherwise a description of the imported offer */
  importedOffer: string | null;
  /** what the table shows, e.g. "Opleidingsdomein: Zorg en welzijn" */
  title: string;
  /** region layer id and region name, or null for the whole country */
  region: { layer: string; name: string } | null;
  /** travel limit per niveau the coverage was computed with */
  limitOf(niveau: number): number;
  /** the population year the figures count in, with its label for 2026 and 2031 (jaarLine) */
  population: string;
  /** the user's own figures: one column each (after the standard ones) and a note naming the source */
  indicators?: readonly IndicatorCsvColumn[];
}

export function sectorCsv(rows: readonly SectorRow[], context: SectorCsvContext): string {
  const indicators = context.indicators ?? [];
  const comments = [
    context.importedOffer === null ? MODELLED_LABEL.nl : `Aanbod: ${context.importedOffer}`,
    context.title,
    context.population,
    SECTOR_CSV_SOURCE,
    ...indicators.map((i) => i.note),
  ].map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}`);
  const data = rows.map((row) => {
    // Figures from an older offer or limit are left out rather than exported as current.
    const figures = row.stale ? null : row.figures;
    return [
      row.crebo,
      row.naam,
      row.niveau,
      row.domein,
      row.locations,
      row.institutions,
      figures ? Number(figures.share.toFixed(6)) : '',
      figures ? Math.round(figures.reached) : '',
      figures ? figures.duplications : '',
      context.limitOf(row.niveau),
      context.region?.layer ?? 'nederland',
      context.region?.name ?? 'Nederland',
      ...indicators.map((i) => row.indicators?.[i.id] ?? ''),
    ];
  });
  const fields = [...SECTOR_CSV_COLUMNS, ...indicators.map((i) => i.column)];
  const table = Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: true });
  return `${comments.join('\r\n')}\r\n${table}\r\n`;
}
