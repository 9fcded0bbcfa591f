import { localeOf, useNumberFormats } from '../../i18n/format.ts';
import { useLanguageStore } from '../../i18n/language.ts';
import { useEarlyWarningT } from '../../i18n/early-warning.ts';
import type { EarlyWarningSortKey, SortDirection } from '../../state/early-warning-view.ts';
import type { EarlyWarningRow } from '../../state/selectors/early-warning-rows.ts';
import { SortableHeaderRow, type SortableColumn } from '../table/SortableHeaderRow.tsx';

const COLUMNS: readonly SortableColumn<EarlyWarningSortKey>[] = [
  { key: 'crebo', numeric: false },
  { key: 'naam', numeric: false },
  { key: 'locatie', numeric: false },
  { key: 'instelling', numeric: false },
  { key: 'sole', numeric: true },
  { key: 'krimp', numeric: true },
  { key: 'anticipeer', numeric: true },
  { key: 'extra', numeric: true },
];

interface EarlyWarningTableProps {
  rows: readonly EarlyWarningRow[];
  sort: { key: EarlyWarningSortKey; direction: SortDirection };
  onSort(key: EarlyWarningSortKey): void;
  stale: boolean;
  onStop(row: EarlyWarningRow): void;
}

/** The programme-locations; each header is a sort button with aria-sort, stale figures grey. */
export function EarlyWarningTable({ rows, sort, onSort, stale, onStop }: EarlyWarningTableProps) {
  const t = useEarlyWarningT();
  const { count: integer } = useNumberFormats();
  const lang = useLanguageStore((s) => s.lang);
  const minutes = new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const figure = `num${stale ? ' stale' : ''}`;
  return (
    <div className="sector-table-wrap">
      <table className="sector-table ew-table" data-testid="early-warning-table">
        <thead>
          <SortableHeaderRow
            columns={COLUMNS}
            sort={sort}
            onSort={onSort}
            label={(key) => t.columns[key]}
            help={(key) => (key === 'sole' || key === 'extra' ? t.columnHelp[key] : undefined)}
          >
            <th scope="col" aria-label={t.stop} />
          </SortableHeaderRow>
        </thead>
        <tbody>
          {rows.map((row) => {
            const l = row.location;
            return (
              <tr key={row.key} data-crebo={l.crebo} data-vestiging={l.vestiging}>
                <td>{l.crebo}</td>
                <td>{row.naam}</td>
                <td>{row.locatie}</td>
                <td>{row.instelling}</td>
                <td className={figure} data-value={l.sole}>
                  {integer(Math.round(l.sole))}
                </td>
                <td className={figure}>{integer(Math.round(l.soleKrimp))}</td>
                <td className={figure}>{integer(Math.round(l.soleAnticipeer))}</td>
                <td className={figure} data-value={l.extraMeanMinutes ?? ''}>
                  {l.extraMeanMinutes === null ? '–' : minutes.format(l.extraMeanMinutes)}
                </td>
                <td>
                  <button
                    type="button"
                    className="ew-stop"
                    onClick={() => onStop(row)}
                    title={t.stopTitle(l.crebo, row.locatie)}
                    data-testid="ew-stop"
                  >
                    {t.stop}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
