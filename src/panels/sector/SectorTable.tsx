import type { ReactNode } from 'react';
import type { SectorRow, SortDirection, SortKey } from '../../engine/sector/sector-table.ts';
import { useSectorT } from '../../i18n/sector.ts';
import { numberFormats } from '../../i18n/format.ts';
import { useLanguageStore } from '../../i18n/language.ts';
import { SortableHeaderRow } from '../table/SortableHeaderRow.tsx';

const COLUMNS: readonly { key: SortKey; numeric: boolean }[] = [
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
}

/**
 * The qualifications table. Each column header is a button (keyboard-reachable) and carries
 * aria-sort when the table is sorted by it. Figures not computed yet show "…", stale ones grey.
 */
export function SectorTable({ rows, sort, onSort, caption }: SectorTableProps) {
  const t = useSectorT();
  const lang = useLanguageStore((s) => s.lang);
  const format = numberFormats(lang);
  const pending = (
    <span className="sector-pending" title={t.pending} role="img" aria-label={t.pending}>
      …
    </span>
  );
  return (
    <div className="sector-table-wrap">
      <table className="sector-table" data-testid="sector-table">
        <caption>{caption}</caption>
        <thead>
          <SortableHeaderRow
            columns={COLUMNS}
            sort={sort}
            onSort={onSort}
            label={(key) => t.columns[key]}
            help={(key) => (key === 'coverage' || key === 'duplications' ? t.columnHelp[key] : undefined)}
          />
        </thead>
        <tbody>
          {rows.map((row) => {
            const figureClass = `num${row.stale ? ' stale' : ''}`;
            return (
              <tr key={row.crebo} data-crebo={row.crebo}>
                <td>{row.crebo}</td>
                <td>{row.naam}</td>
                <td className="num">{t.niveauShort(row.niveau)}</td>
                <td className="num">{format.count(row.locations)}</td>
                <td className="num">{format.count(row.institutions)}</td>
                <td className={figureClass} data-value={row.figures?.share ?? ''}>
                  {row.figures ? format.share(row.figures.share) : pending}
                </td>
                <td className={figureClass} data-value={row.figures?.duplications ?? ''}>
                  {row.figures ? format.count(row.figures.duplications) : pending}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
