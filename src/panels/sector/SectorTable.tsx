import type { ReactNode } from 'react';
import type { Indicator } from '../../data/indicators/indicator.ts';
import type { SectorRow, SortDirection, SortKey } from '../../engine/sector/sector-table.ts';
import { numberFormats } from '../../i18n/format.ts';
import { useLanguageStore } from '../../i18n/language.ts';
import { useSectorT } from '../../i18n/sector.ts';
import { type DataColumn, DataTable } from '../table/DataTable.tsx';
import { indicatorColumns } from '../table/indicator-columns.ts';

interface SectorTableProps {
  rows: readonly SectorRow[];
  sort: { key: SortKey; direction: SortDirection };
  onSort(key: SortKey): void;
  /** caption content: title, scope and the modelled-data label */
  caption: ReactNode;
  /** An extra last column (e.g. "as if one provider"): its header, and its cell per crebo. */
  extra?: { label: string; help?: string; cell(crebo: string): ReactNode };
  /** the user's own figures, one sortable column each (values in `row.indicators`) */
  indicators?: readonly Indicator[];
}

/** The qualifications table. Figures not computed yet show "…", stale ones grey. */
export function SectorTable({ rows, sort, onSort, caption, indicators = [], extra }: SectorTableProps) {
  const t = useSectorT();
  const lang = useLanguageStore((s) => s.lang);
  const format = numberFormats(lang);
  const pending = (
    <span className="sector-pending" title={t.pending} role="img" aria-label={t.pending}>
      …
    </span>
  );
  const stale = (row: SectorRow) => row.stale;
  const columns: DataColumn<SectorRow, SortKey | 'extra'>[] = [
    { key: 'crebo', label: t.columns.crebo, cell: (r) => r.crebo },
    { key: 'naam', label: t.columns.naam, cell: (r) => r.naam },
    { key: 'niveau', label: t.columns.niveau, numeric: true, cell: (r) => t.niveauShort(r.niveau) },
    { key: 'locations', label: t.columns.locations, numeric: true, cell: (r) => format.count(r.locations) },
    { key: 'institutions', label: t.columns.institutions, numeric: true, cell: (r) => format.count(r.institutions) },
    {
      key: 'coverage',
      label: t.columns.coverage,
      help: t.columnHelp.coverage,
      numeric: true,
      stale,
      value: (r) => r.figures?.share ?? null,
      cell: (r) => (r.figures ? format.share(r.figures.share) : pending),
    },
    {
      key: 'duplications',
      label: t.columns.duplications,
      help: t.columnHelp.duplications,
      numeric: true,
      stale,
      value: (r) => r.figures?.duplications ?? null,
      cell: (r) => (r.figures ? format.count(r.figures.duplications) : pending),
    },
    ...indicatorColumns<SectorRow>(indicators, lang, (r, id) => r.indicators?.[id] ?? null),
    ...(extra
      ? [
          {
            key: 'extra' as const,
            label: extra.label,
            help: extra.help,
            sortable: false,
            cell: (r: SectorRow) => extra.cell(r.crebo),
          },
        ]
      : []),
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(r) => r.crebo}
      rowData={(r) => ({ 'data-crebo': r.crebo })}
      sort={sort}
      onSort={(key) => key !== 'extra' && onSort(key)}
      caption={caption}
      testId="sector-table"
      className="sector-table"
    />
  );
}
