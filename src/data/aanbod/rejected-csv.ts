import Papa from 'papaparse';
import type { RejectedRow } from './offer-file.ts';

/** The rejected rows as a CSV the user can open next to the source file (line, reason). */
export function rejectedRowsToCsv(rows: readonly RejectedRow[]): string {
  return `${Papa.unparse({ fields: ['line', 'reason'], data: rows.map((row) => [row.line, row.reason]) }, { newline: '\n' })}\n`;
}
