import type { ReactNode } from 'react';
import './data-table.css';

export type SortDirection = 'ascending' | 'descending';

/** One column: its header, how to draw a row's cell, and (optionally) the raw value tests and exports read. */
export interface DataColumn<R, K extends string = string> {
  key: K;
  label: string;
  /** right-aligned tabular figures that never wrap */
  numeric?: boolean;
  /** a tooltip explaining the column */
  help?: string;
  /** false for a column of buttons; default true when the table sorts */
  sortable?: boolean;
  /** header text only for screen readers (e.g. a column of buttons) */
  hiddenLabel?: boolean;
  cell(row: R): ReactNode;
  /** the unformatted figure, as the cell's data-value */
  value?(row: R): string | number | null;
  /** data-* attributes on every cell of the column (e.g. which indicator it holds) */
  cellData?: Record<`data-${string}`, string>;
  /** greys the figure while it is being recomputed */
  stale?(row: R): boolean;
}

interface DataTableProps<R, K extends string> {
  columns: readonly DataColumn<R, K>[];
  rows: readonly R[];
  rowKey(row: R): string;
  /** data-* attributes of a row, for tests and selections */
  rowData?(row: R): Record<`data-${string}`, string>;
  /** sortable headers: each is a button, marked ▲/▼ and with aria-sort when the table is sorted by it */
  sort?: { key: K; direction: SortDirection };
  onSort?(key: K): void;
  caption?: ReactNode;
  testId: string;
  className?: string;
}

/**
 * The app's one data table (sector, Signalering, white spots): sortable keyboard-reachable
 * headers with aria-sort, sticky header, figures right-aligned, stale figures grey. Text
 * columns wrap and headers break between words, so the table fits its panel instead of
 * running off it; only a table wider than its panel at its narrowest scrolls inside its frame.
 */
export function DataTable<R, K extends string>({
  columns,
  rows,
  rowKey,
  rowData,
  sort,
  onSort,
  caption,
  testId,
  className,
}: DataTableProps<R, K>) {
  return (
    <div className="data-table-wrap">
      <table className={`data-table${className ? ` ${className}` : ''}`} data-testid={testId}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => {
              const sortable = sort !== undefined && onSort !== undefined && column.sortable !== false;
              const sorted = sortable && sort.key === column.key;
              const cls = column.numeric ? 'num' : undefined;
              if (!sortable)
                return (
                  <th
                    key={column.key}
                    scope="col"
                    className={cls}
                    title={column.help}
                    aria-label={column.hiddenLabel ? column.label : undefined}
                  >
                    {column.hiddenLabel ? null : <span className="data-table-head">{column.label}</span>}
                  </th>
                );
              return (
                <th key={column.key} scope="col" className={cls} aria-sort={sorted ? sort.direction : undefined}>
                  <button
                    type="button"
                    data-sort-key={column.key}
                    onClick={() => onSort(column.key)}
                    title={column.help}
                  >
                    {column.label}
                    <span className="sort-mark" aria-hidden="true">
                      {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowData?.(row)}>
              {columns.map((column) => {
                const classes = [column.numeric ? 'num' : '', column.stale?.(row) ? 'stale' : ''].filter(Boolean);
                const value = column.value?.(row);
                return (
                  <td
                    key={column.key}
                    className={classes.length > 0 ? classes.join(' ') : undefined}
                    data-value={value === undefined ? undefined : (value ?? '')}
                    {...column.cellData}
                  >
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
