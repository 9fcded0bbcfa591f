import type { IndicatorCsvColumn } from '../../engine/indicators/csv-column.ts';
import type { Indicator } from './indicator.ts';

/** The export column of a figure. Exports are for Dutch sessions, so the header and note are Dutch. */
export function indicatorCsvColumn(i: Indicator): IndicatorCsvColumn {
  const date = i.date ? `, ${i.date}` : '';
  return {
    id: i.id,
    column: `eigen: ${i.name}${i.unit ? ` (${i.unit})` : ''}`,
    note: `Eigen cijfer "${i.name}": bron ${i.source || 'niet opgegeven'}${date}; bestand ${i.provenance.fileName}, kolom "${i.provenance.column}"`,
  };
}
