/** Rounds to a fixed number of decimals so outputs are byte-stable across runs and machines. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * A JSON array with one record per line: compact like minified JSON, yet a data change shows
 * up as a readable one-line diff in git. Key order is the order the records were built in.
 */
export function jsonLines(rows: readonly unknown[]): string {
  if (rows.length === 0) return '[]\n';
  return `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`;
}

/** Pretty JSON for small documents (manifest, report). */
export function jsonPretty(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
