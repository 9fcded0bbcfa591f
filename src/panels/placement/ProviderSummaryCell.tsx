import { useNumberFormats } from '../../i18n/format.ts';
import { usePlacementT } from '../../i18n/placement.ts';
import { useProviderSummaryStore } from '../../state/placement.ts';
import { CreboQuestions } from '../location/ProgrammeActions.tsx';

/**
 * Per crebo in the sector table: how many of its locations one provider would need (≈ when the
 * solver ran out of time), then the two placement questions.
 */
export function ProviderSummaryCell({ crebo }: { crebo: string }) {
  const t = usePlacementT();
  const { count: integer } = useNumberFormats();
  const summary = useProviderSummaryStore();
  const row = summary.value?.rows.find((r) => r.crebo === crebo);
  return (
    <span className={summary.stale ? 'placement-summary-cell stale' : 'placement-summary-cell'}>
      <span data-testid={`one-provider-needed-${crebo}`} data-needed={row?.needed ?? ''}>
        {row ? (
          `${row.optimal ? '' : t.approx}${integer(row.needed)} / ${integer(row.locations)}`
        ) : (
          <span title={t.summaryPending}>…</span>
        )}
      </span>
      <CreboQuestions crebo={crebo} />
    </span>
  );
}
