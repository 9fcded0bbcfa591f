import type { Indicator } from '../../data/indicators/indicator.ts';
import { type IndicatorSortKey, indicatorSortKey } from '../../engine/indicators/sort-key.ts';
import { indicatorMessages } from '../../i18n/indicators.ts';
import type { Lang } from '../../i18n/language.ts';
import type { DataColumn } from './DataTable.tsx';

/**
 * The user's own figures as table columns, one sortable column each, in the sector table and
 * in Signalering alike: the name and unit as header, source and date as its tooltip, '–' where
 * a row has no value, and the raw value as `data-value` for tests and readers.
 */
export function indicatorColumns<R>(
  indicators: readonly Indicator[],
  lang: Lang,
  figureOf: (row: R, id: string) => number | null,
): DataColumn<R, IndicatorSortKey>[] {
  return indicators.map((indicator) => ({
    key: indicatorSortKey(indicator.id),
    label: `${indicator.name}${indicator.unit ? ` (${indicator.unit})` : ''}`,
    help: [indicator.source, indicator.date, indicator.provenance.fileName].filter(Boolean).join(' · '),
    numeric: true,
    cellData: { 'data-indicator': indicator.id },
    value: (row) => figureOf(row, indicator.id),
    cell: (row) => {
      const value = figureOf(row, indicator.id);
      return value === null ? '–' : indicatorMessages[lang].format(value, lang);
    },
  }));
}
