import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { utils, write } from '@e965/xlsx';

/**
 * Writes a one-sheet XLSX of `rows` (the first row the header) to the temp folder and returns
 * its path. Written with the same library the app reads it with; numbers stay numbers in the sheet.
 */
export function writeWorkbook(fileName: string, sheetName: string, rows: (string | number)[][]): string {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), sheetName);
  const file = path.join(tmpdir(), fileName);
  writeFileSync(file, write(book, { type: 'buffer', bookType: 'xlsx' }));
  return file;
}
