import { indicatorCsvColumn } from '../../data/indicators/csv-column.ts';
import type { Indicator } from '../../data/indicators/indicator.ts';
import { DEFAULT_JAAR } from '../../engine/population/years.ts';
import { sectorCsv } from '../../engine/sector/sector-csv.ts';
import type { SectorRow } from '../../engine/sector/sector-table.ts';
import { aanbodMessages } from '../../i18n/aanbod.ts';
import { useSectorT } from '../../i18n/sector.ts';
import { activeOfferFile, isModelledActive, useDatasetStore } from '../../state/dataset.ts';
import { useJaarStore } from '../../state/jaar.ts';
import { useTravelStore } from '../../state/travel.ts';
import { downloadCsvText, slug } from '../export/download.ts';
import { jaarLine } from '../export/export-context.ts';

interface SectorExportButtonProps {
  rows: readonly SectorRow[];
  title: string;
  region: { layer: string; name: string } | null;
  /** some figures are missing or stale: say that the export will have empty cells for them */
  incomplete: boolean;
  /** the user's own figures in the table: exported as columns and named in the notes */
  indicators?: readonly Indicator[];
}

/** Downloads the table as it is sorted now, labelled modelled or with the imported file's name. */
export function SectorExportButton({ rows, title, region, incomplete, indicators = [] }: SectorExportButtonProps) {
  const t = useSectorT();
  const modelled = useDatasetStore(isModelledActive);
  const file = useDatasetStore(activeOfferFile);
  const limits = useTravelStore((s) => s.limits);
  // The table's figures are counted in the year control's year (stale ones are left empty).
  const jaar = useJaarStore((s) => s.jaar);
  const exportCsv = () => {
    // The CSV is for Dutch btg sessions: its notes are in Dutch whatever the UI language.
    const importedOffer =
      modelled || !file ? null : aanbodMessages.nl.importedLabel(file.provenance.source, file.provenance.date);
    const csv = sectorCsv(rows, {
      importedOffer,
      title,
      region,
      limitOf: (n) => limits[n as 1 | 2 | 3 | 4],
      population: jaarLine(jaar, 'nl'),
      indicators: indicators.map(indicatorCsvColumn),
    });
    downloadCsvText(csv, `sectorbeeld-${slug(title, 'tabel')}${jaar === DEFAULT_JAAR ? '' : `-${jaar}`}.csv`);
  };
  return (
    <div className="sector-export">
      <button type="button" className="sector-export-button" onClick={exportCsv} data-testid="sector-export">
        {t.exportCsv}
      </button>
      {incomplete && <span className="muted">{t.exportNotReady}</span>}
    </div>
  );
}
