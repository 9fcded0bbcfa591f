import { GeodataError } from '../data/geodata/index.ts';
import { GeodataFetchError } from '../data/queries/fetch-geodata-file.ts';
import { useT } from '../i18n/index.ts';

/** Shown instead of the map when a geodata file is missing or fails its schema check. */
export function LoadErrorScreen({ error }: { error: Error }) {
  const t = useT();
  const file = error instanceof GeodataError ? error.file : null;
  const summary =
    error instanceof GeodataFetchError
      ? t.loadErrorFetch(error.file, error.reason)
      : file
        ? t.loadErrorInvalid(file)
        : null;
  return (
    <main className="fatal" role="alert" data-testid="load-error">
      <h1>{t.loadErrorTitle}</h1>
      {summary && <p className="fatal-summary">{summary}</p>}
      {file && <p>{t.loadErrorFile(file)}</p>}
      <details open>
        <summary>{t.loadErrorDetail}</summary>
        <pre className="fatal-detail">{error.message}</pre>
      </details>
      <p>{t.loadErrorHint}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t.reload}
      </button>
    </main>
  );
}
