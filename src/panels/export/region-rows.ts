import type { RegionTable } from '../../engine/metrics/scenario-evaluation.ts';

/** Below this share difference a region counts as unchanged (float noise, not people). */
export const CHANGE_EPSILON = 1e-9;

/** One region of a metrics table: the young people within reach before and after the scenario. */
export interface RegionRow {
  code: string;
  name: string;
  population: number;
  reachedBefore: number;
  reachedAfter: number;
  shareBefore: number;
  shareAfter: number;
}

/** The rows of a region table, in the table's order; the custom region gets `customName`. */
export function regionRows(table: RegionTable, customName: string): RegionRow[] {
  return table.codes.map((code, r) => ({
    code,
    name: table.layer === 'custom' ? customName : table.names[r],
    population: table.population[r],
    reachedBefore: table.before.reached[r],
    reachedAfter: table.after.reached[r],
    shareBefore: table.before.share[r],
    shareAfter: table.after.share[r],
  }));
}

export const shareDiff = (row: RegionRow): number => row.shareAfter - row.shareBefore;

/** Regions whose reach changes, largest loss first (what a board needs to see first). */
export function changedRegions(rows: readonly RegionRow[]): RegionRow[] {
  return rows
    .filter((row) => Math.abs(shareDiff(row)) > CHANGE_EPSILON)
    .sort((a, b) => shareDiff(a) - shareDiff(b) || a.name.localeCompare(b.name, 'nl'));
}
