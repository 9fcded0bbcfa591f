import { read, utils, type WorkSheet } from '@e965/xlsx';
import Papa from 'papaparse';
import { decodeText, looksBinary } from '../csv/decode.ts';
import { detectDelimiter, firstLine, lineCounter } from '../csv/delimiter.ts';
import { rowReason, rowReasonText } from '../csv/row-reason.ts';
import type { RawTable } from './raw-table.ts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PROGRESS_EVERY = 5000;

/**
 * Reads a CSV (UTF-8 or Windows-1252; ';', ',' or tab) or an XLSX workbook (its first sheet)
 * into text cells. Throws only when the file as a whole is unusable (not a table, no header);
 * a row that cannot be read is listed with its line and reason, and the others are kept.
 */
export function readTable(bytes: Uint8Array, fileName: string, onProgress?: (fraction: number) => void): RawTable {
  const isZip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  const table = isZip ? readXlsx(bytes, fileName) : readCsv(bytes, fileName, onProgress);
  onProgress?.(1);
  if (table.header.every((h) => h === '')) throw new Error(`${fileName}: the first row holds no column names`);
  return table;
}

/**
 * A zip archive ends with an "end of central directory" record (PK 05 06) in its last 64 kB.
 * A truncated download lacks it, and SheetJS loops forever on such a file, so it is refused here.
 */
function hasEndOfCentralDirectory(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

function readXlsx(bytes: Uint8Array, fileName: string): RawTable {
  if (!hasEndOfCentralDirectory(bytes))
    throw new Error(`${fileName}: the XLSX file is damaged or incomplete (its zip directory is missing)`);
  let sheet: WorkSheet | undefined;
  try {
    const book = read(bytes, { type: 'array', dense: true });
    sheet = book.Sheets[book.SheetNames[0]];
  } catch (error) {
    throw new Error(`${fileName}: is not a readable XLSX workbook (${(error as Error).message})`, { cause: error });
  }
  if (!sheet) throw new Error(`${fileName}: the workbook has no sheet`);
  // raw: numbers stay numbers (no locale formatting), turned into text with a decimal point.
  const grid = utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, blankrows: true, defval: '' });
  const cells = grid.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : String(cell).trim())));
  const headerIndex = cells.findIndex((row) => row.some((c) => c !== ''));
  if (headerIndex === -1) throw new Error(`${fileName}: the first sheet is empty`);
  const header = cells[headerIndex];
  const rows: string[][] = [];
  const lines: number[] = [];
  cells.slice(headerIndex + 1).forEach((row, i) => {
    if (row.every((c) => c === '')) return;
    rows.push(header.map((_, c) => row[c] ?? ''));
    lines.push(headerIndex + i + 2);
  });
  return { fileName, format: 'xlsx', encoding: null, header, rows, lines, errors: [] };
}

function readCsv(bytes: Uint8Array, fileName: string, onProgress?: (fraction: number) => void): RawTable {
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(text)) throw new Error(`${fileName}: is neither a CSV text file nor an XLSX workbook`);
  const delimiter = detectDelimiter(firstLine(text));
  const lineOf = lineCounter(text);
  let header: string[] | null = null;
  const rows: string[][] = [];
  const lines: number[] = [];
  const errors: RawTable['errors'] = [];
  let rowStart = 0;
  let count = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const line = lineOf(rowStart);
      rowStart = result.meta.cursor;
      count += 1;
      if (onProgress && count % PROGRESS_EVERY === 0) onProgress(rowStart / text.length);
      const record = result.data.map((c) => c.trim());
      if (record.every((c) => c === '')) return;
      if (header === null) {
        header = record;
        return;
      }
      const unusable = rowReason(result.errors, record.length, header.length);
      if (unusable) return void errors.push({ line, reason: rowReasonText(unusable), why: unusable });
      rows.push(record);
      lines.push(line);
    },
  });
  if (header === null) throw new Error(`${fileName}: the file is empty`);
  return { fileName, format: 'csv', encoding, header, rows, lines, errors };
}
