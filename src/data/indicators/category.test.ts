import { describe, expect, it } from 'vitest';
import type { RawTable } from '../table/raw-table.ts';
import { categoriesFromTable, parseCategoryList } from './category.ts';

const table: RawTable = {
  fileName: 'denominatie.csv',
  format: 'csv',
  encoding: 'utf-8',
  header: ['BRIN', 'Denominatie', 'Plaats'],
  rows: [
    ['00aa', 'Rooms-katholiek', 'X'],
    ['00BB', ' Openbaar ', 'Y'],
    ['00AA', 'Rooms-katholiek', 'X'],
    ['00AA', 'Openbaar', 'X'],
    ['nope', 'Openbaar', 'Z'],
    ['00CC', '', 'Z'],
  ],
  lines: [2, 3, 4, 5, 6, 7],
  errors: [{ line: 8, reason: 'too many fields' }],
};

describe('categoriesFromTable', () => {
  it('reads one category per BRIN, naming bad and conflicting lines instead of choosing', () => {
    const [category] = categoriesFromTable(
      table,
      0,
      [1],
      new Map([[1, { name: 'Denominatie', source: 'eigen', date: '2025' }]]),
      'T',
    );
    expect(category.byBrin).toEqual({ '00AA': 'Rooms-katholiek', '00BB': 'Openbaar' });
    expect(category.name).toBe('Denominatie');
    expect(category.provenance.errors).toEqual([
      { line: 8, reason: 'too many fields' },
      { line: 5, reason: 'BRIN 00AA is "Rooms-katholiek" on line 2, here "Openbaar"' },
      { line: 6, reason: 'BRIN "NOPE" is not a BRIN code' },
    ]);
  });

  it('round-trips through storage and refuses a damaged list', () => {
    const list = categoriesFromTable(table, 0, [1], new Map(), 'T');
    expect(list[0].name).toBe('Denominatie');
    expect(parseCategoryList(JSON.stringify(list))).toEqual(list);
    expect(() => parseCategoryList(JSON.stringify([{ ...list[0], byBrin: { x: 'y' } }]))).toThrow(
      /stored categories: 0\.byBrin/,
    );
  });
});
