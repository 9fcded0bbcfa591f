import type { ReactNode } from 'react';
import type { BaseSortKey, SectorRow, SortDirection, SortKey } from '../../engine/sector/sector-table.ts';
import { indicatorMessages } from '../../i18n/indicators.ts';
import { formatInteger } from '../../i18n/format.ts';
import { useSectorT } from '../../i18n/sector.ts';
import { scenarioFormat } from '../scenario/format.ts';
import { useViewStore } from '../../state/view.ts';

const COLUMNS: readonly { key: BaseSortKey; numeric: boolean }[] = [
  { key: 'crebo', numeric: false },
  { key: 'naam', numeric: false },
  { key: 'niveau', numeric: true },
  { key: 'locations', numeric: true },
  { key: 'institutions', numeric: true },
  { key: 'coverage', numeric: true },
  { key: 'duplications', numeric: true },
];

interface SectorTableProps {
  rows: readonly SectorRow[];
  sort: { key: SortKey; direction: SortDirection };
  onSort(key: SortKey): void;
  /** caption content: title, scope and the modelled-data label */
  caption: ReactNode;
  /** the user's own figures, one sortable column each (values in `row.indicators`) */
  indicatorColumns?: readonly IndicatorColumn[];
}

export interface IndicatorColumn {
  id: string;
  label: string;
  /** source and date, shown as the header's title */
  detail: string;
}

/**
 * The qualifications table. Each column header is a button (keyboard-reachable) and carries
 * aria-sort when the table is sorted by it. Figures not computed yet show "…", stale ones grey.
 */
export function SectorTable({ rows, sort, onSort, caption, indicatorColumns = [] }: SectorTableProps) {
  const t = useSectorT();
  const lang = useViewStore((s) => s.lang);
  const format = scenarioFormat(lang);
  const integer = (n: number) => formatInteger(n, lang);
  const pending = (
    <span className="sector-pending" title={t.pending} aria-label={t.pending}>
      …
    </span>
  );
  return (
    <div className="sector-table-wrap">
      <table className="sector-table" data-testid="sector-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {[
              ...COLUMNS.map(({ key, numeric }) => ({
                key: key as SortKey,
                numeric,
                label: t.columns[key],
                title: key === 'coverage' || key === 'duplications' ? t.columnHelp[key] : undefined,
              })),
              ...indicatorColumns.map((c) => ({ key: `indicator:${c.id}` as SortKey, numeric: true, label: c.label, title: c.detail })),
            ].map(({ key, numeric, label, title }) => (
              <th key={key} scope="col" className={numeric ? 'num' : undefined} aria-sort={sort.key === key ? sort.direction : undefined}>
                <button type="button" data-sort-key={key} onClick={() => onSort(key)} title={title}>
                  {label}
                  <span className="sort-mark" aria-hidden="true">
                    {sort.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const figureClass = `num${row.stale ? ' stale' : ''}`;
            return (
              <tr key={row.crebo} data-crebo={row.crebo}>
                <td>{row.crebo}</td>
                <td>{row.naam}</td>
                <td className="num">{t.niveauShort(row.niveau)}</td>
                <td className="num">{integer(row.locations)}</td>
                <td className="num">{integer(row.institutions)}</td>
                <td className={figureClass} data-value={row.figures?.share ?? ''}>
                  {row.figures ? format.share(row.figures.share) : pending}
                </td>
                <td className={figureClass} data-value={row.figures?.duplications ?? ''}>
                  {row.figures ? integer(row.figures.duplications) : pending}
                </td>
                {indicatorColumns.map((c) => {
                  const value = row.indicators?.[c.id] ?? null;
                  return (
                    <td key={c.id} className="num" data-indicator={c.id} data-value={value ?? ''}>
                      {value === null ? '–' : indicatorMessages[lang].format(value, lang)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
