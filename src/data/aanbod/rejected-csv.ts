import Papa from 'papaparse';

/**
 * The rejected rows as a CSV the user can open next to the source file (line, reason). The CLI
 * writes the English reasons under 'line,reason'; the app passes them, and the header, worded
 * in the user's language.
 */
export function rejectedRowsToCsv(
  rows: readonly { line: number; reason: string }[],
  header: readonly [string, string] = ['line', 'reason'],
): string {
  const data = rows.map((row) => [row.line, row.reason]);
  return `${Papa.unparse({ fields: [...header], data }, { newline: '\n' })}\n`;
}
