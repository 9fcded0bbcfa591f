import { useT } from '../i18n/index.ts';
import { GeodataProblem } from '../ui/GeodataProblem.tsx';

/** Shown instead of the map when a file the map needs is missing, damaged or fails its schema check. */
export function LoadErrorScreen({ error }: { error: Error }) {
  const t = useT();
  return (
    <main className="fatal" role="alert" data-testid="load-error">
      <h1>{t.loadErrorTitle}</h1>
      <GeodataProblem error={error} />
      <button type="button" onClick={() => window.location.reload()}>
        {t.reload}
      </button>
    </main>
  );
}
