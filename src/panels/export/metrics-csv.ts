import Papa from 'papaparse';
import type { ExportMessages } from '../../i18n/export.ts';
import type { RegionRow } from './region-rows.ts';

export interface MetricsCsvContext {
  /** Column names and the meta line, in the reader's language. */
  t: ExportMessages;
  /** "Scenario: …; regio-indeling: …; …" */
  meta: string;
  /** The population year of the figures, with the label of a later year (jaarLine). */
  jaar: string;
  /** The modelled-data label, or null when the offer is a real (imported) file. */
  modelledLabel: string | null;
  /** "Bron: CBS | KiesMBO / SBB | …" */
  attribution: string;
}

/** Numbers as plain decimals with a dot, rounded only to drop float noise (never formatted). */
const plain = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * The scenario's metrics per region as CSV: comment lines (modelled label, what the figures are
 * for, attribution) starting with "#", as the sector export does, then a header row and one row
 * per region with before, after and difference — counts of young people and shares (0–1).
 * Cells are guarded against spreadsheet formulae (region names come from data files).
 */
export function metricsCsv(rows: readonly RegionRow[], context: MetricsCsvContext): string {
  const { t } = context;
  const comments = [context.modelledLabel, context.meta, context.jaar, context.attribution]
    .filter((line): line is string => line !== null)
    .map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}`);
  const fields = [
    t.csvRegionCode,
    t.csvRegionName,
    t.csvPopulation,
    t.csvReachedBefore,
    t.csvReachedAfter,
    t.csvReachedDiff,
    t.csvShareBefore,
    t.csvShareAfter,
    t.csvShareDiff,
  ];
  const data = rows.map((row) => [
    row.code,
    row.name,
    plain(row.population, 1),
    plain(row.reachedBefore, 1),
    plain(row.reachedAfter, 1),
    plain(row.reachedAfter - row.reachedBefore, 1),
    plain(row.shareBefore, 6),
    plain(row.shareAfter, 6),
    plain(row.shareAfter - row.shareBefore, 6),
  ]);
  const table = Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: true });
  return `${comments.join('\r\n')}\r\n${table}\r\n`;
}
