import { readFileSync } from 'node:fs';
import path from 'node:path';
import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readTable } from './read-table.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures');

function xlsx(rows: unknown[][]): Uint8Array {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'Blad1');
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('readTable', () => {
  it('reads the first sheet of an XLSX, numbers with a decimal point, skipping blank rows', () => {
    const table = readTable(
      xlsx([['Crebo', 'Vestiging', 'Studenten'], [25913, '14YD01', 12.5], [], ['25978', '00GT00', 48]]),
      'cijfers.xlsx',
    );
    expect(table).toMatchObject({ format: 'xlsx', encoding: null, header: ['Crebo', 'Vestiging', 'Studenten'] });
    expect(table.rows).toEqual([
      ['25913', '14YD01', '12.5'],
      ['25978', '00GT00', '48'],
    ]);
    expect(table.lines).toEqual([2, 4]);
  });

  it('reads tab-separated text and lists a row with too many fields by its line, keeping the others', () => {
    const text = 'crebo\tn\n25180\t3\n25480\t4\t9\n25913\t5\n';
    const table = readTable(new TextEncoder().encode(text), 'x.tsv');
    expect(table.rows).toEqual([
      ['25180', '3'],
      ['25913', '5'],
    ]);
    expect(table.errors).toEqual([
      {
        line: 3,
        reason: 'the row has 3 fields but the header has 2',
        why: { code: 'field-count', found: 3, expected: 2 },
      },
    ]);
  });

  it('refuses a damaged XLSX (SheetJS would loop on it) and an empty file', () => {
    const damaged = new Uint8Array(readFileSync(path.join(FIXTURES, 'aanbod/not_a_csv.xlsx')));
    expect(() => readTable(damaged, 'not_a_csv.xlsx')).toThrow(/damaged or incomplete/);
    expect(() => readTable(new Uint8Array(0), 'leeg.csv')).toThrow(/the file is empty/);
  });
});
