import { useMemo } from 'react';
import type { OfferCatalogue } from '../../data/aanbod/catalogue.ts';
import type { OfferFile } from '../../data/aanbod/offer-file.ts';
import type { Qualification } from '../../data/geodata/types.ts';
import { useAanbodT } from '../../i18n/aanbod.ts';
import { useLanguageStore } from '../../i18n/language.ts';
import { wordLineProblems } from '../../i18n/line-problem.ts';
import { LineReasonTable } from './LineReasonTable.tsx';

export interface ImportSummaryProps {
  file: OfferFile;
  /** qualifications.json, to tell which of the file's qualifications are new. */
  bundled: readonly Qualification[];
  /** Called with the rejected rows as shown (the reasons in the interface's language). */
  onDownloadRejected(rows: readonly { line: number; reason: string }[]): void;
}

/** How many rows were shown on screen; the download has them all. */
const SHOWN_REJECTED = 50;

/** The counts of an import and its rejected rows (line + reason), from the stored offer file. */
export function ImportSummary({ file, bundled, onDownloadRejected }: ImportSummaryProps) {
  const t = useAanbodT();
  const lang = useLanguageStore((s) => s.lang);
  const rejected = useMemo(() => wordLineProblems(file.rejected, lang), [file.rejected, lang]);
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
          <LineReasonTable
            rows={rejected}
            testId="rejected-rows"
            labels={{ line: t.rejectedLine, reason: t.rejectedReason, more: t.rejectedMore }}
            shown={SHOWN_REJECTED}
          />
          <button type="button" onClick={() => onDownloadRejected(rejected)}>
            {t.rejectedDownload}
          </button>
        </>
      )}
      {file.catalogue && <CatalogueSummary catalogue={file.catalogue} bundled={bundled} />}
    </div>
  );
}

/** The qualifications the file adds to the bundled lists, and where the two disagree. */
function CatalogueSummary({ catalogue, bundled }: { catalogue: OfferCatalogue; bundled: readonly Qualification[] }) {
  const t = useAanbodT();
  const known = new Set(bundled.map((q) => q.crebo));
  const added = catalogue.qualifications.filter((q) => q.naam !== null && !known.has(q.crebo));
  return (
    <>
      {added.length > 0 && (
        <>
          <h4>{t.addedTitle(added.length)}</h4>
          <ul className="added-qualifications" data-testid="added-qualifications">
            {added.slice(0, SHOWN_REJECTED).map((q) => (
              <li key={q.crebo}>
                {q.crebo} {q.naam}
                {q.domein ? ` · ${q.domein}` : ''}
              </li>
            ))}
          </ul>
          {added.length > SHOWN_REJECTED && <p>{t.rejectedMore(added.length - SHOWN_REJECTED)}</p>}
        </>
      )}
      {catalogue.conflicts.length > 0 && (
        <>
          <h4>{t.conflictsTitle(catalogue.conflicts.length)}</h4>
          <table className="rejected-rows" data-testid="qualification-conflicts">
            <thead>
              <tr>
                <th scope="col">crebo</th>
                <th scope="col">{t.conflictBundled}</th>
                <th scope="col">{t.conflictFile}</th>
                <th scope="col">{t.conflictUsed}</th>
              </tr>
            </thead>
            <tbody>
              {catalogue.conflicts.slice(0, SHOWN_REJECTED).map((c) => (
                <tr key={`${c.crebo}-${c.field}`}>
                  <td>
                    {c.crebo} ({t.conflictField[c.field]})
                  </td>
                  <td>{c.bundled}</td>
                  <td>{c.file}</td>
                  <td>{t.conflictWinner[c.winner]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {catalogue.conflicts.length > SHOWN_REJECTED && (
            <p>{t.rejectedMore(catalogue.conflicts.length - SHOWN_REJECTED)}</p>
          )}
        </>
      )}
    </>
  );
}
