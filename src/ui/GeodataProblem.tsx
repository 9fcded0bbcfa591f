import { GeodataChecksumError, GeodataError } from '../data/geodata/index.ts';
import { GeodataFetchError } from '../data/queries/geodata-fetch-error.ts';
import { type Messages, useT } from '../i18n/index.ts';

/** What went wrong with a geodata file, in words, and what the user can do about it. */
export function geodataProblem(error: Error, t: Messages): { summary: string | null; advice: string } {
  if (error instanceof GeodataFetchError) {
    const fromDisk = window.location.protocol === 'file:';
    return {
      summary: t.loadErrorFetch(error.file, error.reason),
      advice: fromDisk ? t.adviceFileProtocol : t.adviceFetch,
    };
  }
  if (error instanceof GeodataChecksumError)
    return { summary: t.loadErrorCorrupt(error.file), advice: t.adviceDamaged };
  if (error instanceof GeodataError) return { summary: t.loadErrorInvalid(error.file), advice: t.adviceDamaged };
  return { summary: null, advice: t.adviceDamaged };
}

/** The summary, the advice and the technical message of a geodata failure. */
export function GeodataProblem({ error }: { error: Error }) {
  const t = useT();
  const { summary, advice } = geodataProblem(error, t);
  return (
    <>
      {summary && <p className="problem-summary">{summary}</p>}
      <p data-testid="problem-advice">{advice}</p>
      <details>
        <summary>{t.loadErrorDetail}</summary>
        <pre className="problem-detail mono">{error.message}</pre>
      </details>
    </>
  );
}
