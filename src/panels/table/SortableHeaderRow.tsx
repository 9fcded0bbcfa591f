import type { ReactNode } from 'react';

export interface SortableColumn<K extends string> {
  key: K;
  numeric: boolean;
}

interface SortableHeaderRowProps<K extends string> {
  columns: readonly SortableColumn<K>[];
  sort: { key: K; direction: 'ascending' | 'descending' };
  onSort(key: K): void;
  label(key: K): string;
  /** a tooltip explaining a column, or undefined */
  help(key: K): string | undefined;
  /** header cells after the sortable ones */
  children?: ReactNode;
}

/**
 * The header row of a sortable table: each column header is a button (keyboard-reachable),
 * marked ▲/▼ and with aria-sort when the table is sorted by it.
 */
export function SortableHeaderRow<K extends string>({
  columns,
  sort,
  onSort,
  label,
  help,
  children,
}: SortableHeaderRowProps<K>) {
  return (
    <tr>
      {columns.map(({ key, numeric }) => (
        <th
          key={key}
          scope="col"
          className={numeric ? 'num' : undefined}
          aria-sort={sort.key === key ? sort.direction : undefined}
        >
          <button type="button" data-sort-key={key} onClick={() => onSort(key)} title={help(key)}>
            {label(key)}
            <span className="sort-mark" aria-hidden="true">
              {sort.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
            </span>
          </button>
        </th>
      ))}
      {children}
    </tr>
  );
}
