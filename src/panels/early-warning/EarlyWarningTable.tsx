import type { Indicator } from '../../data/indicators/indicator.ts';
import { useEarlyWarningT } from '../../i18n/early-warning.ts';
import { localeOf, useNumberFormats } from '../../i18n/format.ts';
import { indicatorMessages } from '../../i18n/indicators.ts';
import { useLanguageStore } from '../../i18n/language.ts';
import type { EarlyWarningSortKey, SortDirection } from '../../state/early-warning-view.ts';
import type { EarlyWarningRow } from '../../state/selectors/early-warning-rows.ts';
import { CreboQuestions } from '../location/ProgrammeActions.tsx';
import { type DataColumn, DataTable } from '../table/DataTable.tsx';
import { indicatorColumns } from '../table/indicator-columns.ts';

interface EarlyWarningTableProps {
  rows: readonly EarlyWarningRow[];
  sort: { key: EarlyWarningSortKey; direction: SortDirection };
  onSort(key: EarlyWarningSortKey): void;
  stale: boolean;
  onStop(row: EarlyWarningRow): void;
  /** the user's own figures joined to the offer: one sortable column each */
  indicators: readonly Indicator[];
  /** the small-programme threshold in use, for the badge's explanation */
  small: { name: string; threshold: number } | null;
}

/** The programme-locations, sortable by every figure, each with its one-click stop. */
export function EarlyWarningTable({ rows, sort, onSort, stale, onStop, indicators, small }: EarlyWarningTableProps) {
  const t = useEarlyWarningT();
  const { count: integer } = useNumberFormats();
  const lang = useLanguageStore((s) => s.lang);
  const minutes = new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const isStale = () => stale;
  const columns: DataColumn<EarlyWarningRow, EarlyWarningSortKey | 'stop'>[] = [
    { key: 'crebo', label: t.columns.crebo, cell: (r) => r.location.crebo },
    {
      key: 'naam',
      label: t.columns.naam,
      cell: (r) =>
        r.small && small ? (
          <>
            {r.naam}{' '}
            <span className="small-badge" title={t.smallTitle(small.name, small.threshold)} data-testid="ew-small">
              {indicatorMessages[lang].smallBadge}
            </span>
          </>
        ) : (
          r.naam
        ),
    },
    { key: 'locatie', label: t.columns.locatie, cell: (r) => r.locatie },
    { key: 'instelling', label: t.columns.instelling, cell: (r) => r.instelling },
    {
      key: 'sole',
      label: t.columns.sole,
      help: t.columnHelp.sole,
      numeric: true,
      stale: isStale,
      value: (r) => r.location.sole,
      cell: (r) => integer(Math.round(r.location.sole)),
    },
    {
      key: 'krimp',
      label: t.columns.krimp,
      numeric: true,
      stale: isStale,
      cell: (r) => integer(Math.round(r.location.soleKrimp)),
    },
    {
      key: 'anticipeer',
      label: t.columns.anticipeer,
      numeric: true,
      stale: isStale,
      cell: (r) => integer(Math.round(r.location.soleAnticipeer)),
    },
    {
      key: 'extra',
      label: t.columns.extra,
      help: t.columnHelp.extra,
      numeric: true,
      stale: isStale,
      value: (r) => r.location.extraMeanMinutes,
      cell: (r) => (r.location.extraMeanMinutes === null ? '–' : minutes.format(r.location.extraMeanMinutes)),
    },
    ...indicatorColumns<EarlyWarningRow>(indicators, lang, (r, id) => r.indicators[id] ?? null),
    {
      key: 'stop',
      label: t.stop,
      sortable: false,
      hiddenLabel: true,
      cell: (r) => (
        <>
          <button
            type="button"
            className="ew-stop"
            onClick={() => onStop(r)}
            title={t.stopTitle(r.location.crebo, r.locatie)}
            data-testid="ew-stop"
          >
            {t.stop}
          </button>
          <CreboQuestions crebo={r.location.crebo} />
        </>
      ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      rowData={(r) => ({ 'data-crebo': r.location.crebo, 'data-vestiging': r.location.vestiging })}
      sort={sort}
      onSort={(key) => key !== 'stop' && onSort(key)}
      testId="early-warning-table"
      className="ew-table"
    />
  );
}
