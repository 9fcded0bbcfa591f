import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessColumns } from '../../engine/indicators/keys.ts';
import { readTable } from '../table/read-table.ts';
import { defaultMeta, indicatorsFromTable } from './from-table.ts';
import { parseIndicatorList } from './indicator.ts';

const FILE = 'studenten_per_crebo_vestiging.csv';
const bytes = new Uint8Array(
  readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/indicators', FILE)),
);

describe('an indicator file from CSV to indicators', () => {
  const table = readTable(bytes, FILE);
  const roles = guessColumns(table.header, table.rows).map((g) => g.role);

  it('reads the Windows-1252 file with its semicolons', () => {
    expect(table.encoding).toBe('windows-1252');
    expect(table.header).toEqual(['Crebo', 'Brinvest', 'Aantal studenten', 'Kans op werk', 'Opmerking']);
    expect(table.rows[2][4]).toBe('Café-keuken');
    expect(table.lines[0]).toBe(2);
  });

  it('guesses crebo, vestiging and two figures; counts add up, chances average', () => {
    expect(roles).toEqual(['crebo', 'vestiging', 'value', 'value', 'ignore']);
    expect(defaultMeta(table, 2)).toMatchObject({ aggregation: 'sum', studentCount: true, unit: 'studenten' });
    expect(defaultMeta(table, 3)).toMatchObject({ aggregation: 'mean', studentCount: false });
  });

  it('makes one indicator per figure column with decimal commas read, a word reported by line', () => {
    const [students, chances] = indicatorsFromTable(table, roles, new Map(), '2026-12-01T10:00:00.000Z');
    expect(students.records.map((r) => r.value)).toEqual([12, 48, 230, 1250, 8, 10, 15, 13]);
    expect(students.provenance).toMatchObject({
      column: 'Aantal studenten',
      keys: ['crebo', 'vestiging'],
      errors: [{ line: 10, reason: '"veel" is not a number' }],
    });
    expect(chances.records[0]).toEqual({ line: 2, keys: { crebo: '25913', vestiging: '14YD01' }, value: 0.9 });
    expect(parseIndicatorList(JSON.stringify([students, chances]))).toEqual([students, chances]);
  });

  it('refuses a mapping without a crebo', () => {
    expect(() =>
      indicatorsFromTable(table, ['ignore', 'vestiging', 'value', 'ignore', 'ignore'], new Map(), 'x'),
    ).toThrow(/no column is the crebo/);
  });
});
