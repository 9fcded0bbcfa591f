import type { LineProblem } from './line-problem.ts';

/** A file of the user's own figures, read into text cells before its columns are mapped. */
export interface RawTable {
  fileName: string;
  format: 'csv' | 'xlsx';
  /** How a CSV was decoded; null for XLSX (which stores its own text). */
  encoding: 'utf-8' | 'windows-1252' | null;
  header: string[];
  rows: string[][];
  /** 1-based line (CSV) or sheet row (XLSX) of each row, for messages. */
  lines: number[];
  /** Rows that could not be read at all, with their line and reason; the other rows are kept. */
  errors: LineProblem[];
}
