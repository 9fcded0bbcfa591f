import { recordsFromRows } from '../../engine/indicators/join.ts';
import { type ColumnRole, KEY_ROLES, type KeyRole } from '../../engine/indicators/keys.ts';
import { detectDecimalStyle, parseNumber } from '../../engine/indicators/number.ts';
import type { RawTable } from '../table/raw-table.ts';
import type { Indicator } from './indicator.ts';

/** What the user types about one figure column in the mapping step. */
export type IndicatorMeta = Pick<Indicator, 'name' | 'unit' | 'source' | 'date' | 'aggregation' | 'studentCount'>;

const STUDENTS = /student|leerling|deelnemer|inschrijving/i;

/** A first guess of the meta for a column, for the user to correct: whole numbers add up, fractions average. */
export function defaultMeta(table: RawTable, column: number): IndicatorMeta {
  const name = table.header[column] || `kolom ${column + 1}`;
  const values = table.rows.map((r) => r[column] ?? '');
  const style = detectDecimalStyle(values);
  const whole = values.every((v) => {
    const parsed = parseNumber(v, style);
    return 'notANumber' in parsed || parsed.value === null || Number.isInteger(parsed.value);
  });
  const studentCount = STUDENTS.test(name);
  return {
    name,
    unit: studentCount ? 'studenten' : '',
    source: '',
    date: '',
    aggregation: whole ? 'sum' : 'mean',
    studentCount,
  };
}

/** Column index per key role, from the roles the user settled on. */
export function keyColumns(roles: readonly ColumnRole[]): Partial<Record<KeyRole, number>> {
  const keys: Partial<Record<KeyRole, number>> = {};
  roles.forEach((role, index) => {
    if ((KEY_ROLES as readonly string[]).includes(role) && keys[role as KeyRole] === undefined)
      keys[role as KeyRole] = index;
  });
  return keys;
}

/**
 * One indicator per figure column. The table's unreadable lines and the column's non-numbers
 * are kept with the indicator's provenance, so they can be shown again later.
 */
export function indicatorsFromTable(
  table: RawTable,
  roles: readonly ColumnRole[],
  meta: ReadonlyMap<number, IndicatorMeta>,
  importedAt: string,
): Indicator[] {
  const keys = keyColumns(roles);
  if (keys.crebo === undefined) throw new Error(`${table.fileName}: no column is the crebo`);
  const keyRoles = (Object.keys(keys) as KeyRole[]).sort((a, b) => KEY_ROLES.indexOf(a) - KEY_ROLES.indexOf(b));
  return roles.flatMap((role, column) => {
    if (role !== 'value') return [];
    const { records, errors } = recordsFromRows(table.rows, table.lines, keys, column);
    const typed = meta.get(column) ?? defaultMeta(table, column);
    return [
      {
        id: `${importedAt}#${column}`,
        ...typed,
        name: typed.name.trim() || table.header[column],
        provenance: {
          fileName: table.fileName,
          column: table.header[column],
          keys: keyRoles,
          importedAt,
          errors: [...table.errors, ...errors],
        },
        records,
      },
    ];
  });
}
