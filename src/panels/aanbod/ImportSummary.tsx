import type { OfferFile } from '../../data/aanbod/offer-file.ts';
import { useAanbodT } from '../../i18n/aanbod.ts';

export interface ImportSummaryProps {
  file: OfferFile;
  onDownloadRejected(): void;
}

/** How many rows were shown on screen; the download has them all. */
const SHOWN_REJECTED = 50;

/** The counts of an import and its rejected rows (line + reason), from the stored offer file. */
export function ImportSummary({ file, onDownloadRejected }: ImportSummaryProps) {
  const t = useAanbodT();
  const c = file.provenance.counts;
  const counts: [string, number][] = [
    [t.countRows, c.rows],
    [t.countImported, c.imported],
    [t.countDuplicates, c.duplicates],
    [t.countMatched, c.locationsAddress + c.locationsPostcode],
    [t.countPc4, c.locationsPc4],
    [t.countRejected, c.rejected],
    [t.countOfferRows, c.offerRows],
  ];
  return (
    <div className="import-summary" data-testid="import-summary">
      <h3>
        {t.countsTitle}: {file.provenance.source}
        {file.provenance.date ? ` (${file.provenance.date})` : ''}
      </h3>
      <dl className="import-counts">
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {file.rejected.length > 0 && (
        <>
          <h4>{t.rejectedTitle(file.rejected.length)}</h4>
          <table className="rejected-rows" data-testid="rejected-rows">
            <thead>
              <tr>
                <th scope="col">{t.rejectedLine}</th>
                <th scope="col">{t.rejectedReason}</th>
              </tr>
            </thead>
            <tbody>
              {file.rejected.slice(0, SHOWN_REJECTED).map((row) => (
                <tr key={`${row.line}-${row.reason}`}>
                  <td>{row.line}</td>
                  <td>{row.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {file.rejected.length > SHOWN_REJECTED && <p>{t.rejectedMore(file.rejected.length - SHOWN_REJECTED)}</p>}
          <button type="button" onClick={onDownloadRejected}>
            {t.rejectedDownload}
          </button>
        </>
      )}
    </div>
  );
}
