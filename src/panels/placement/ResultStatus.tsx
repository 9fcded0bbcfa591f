import { useResultErrorText } from '../../i18n/input-issue.ts';
import { usePlacementT } from '../../i18n/placement.ts';
import type { ComputationResult, ResultStore } from '../../state/pipeline/result-store.ts';
import { retryComputation } from '../../state/pipeline/result-store.ts';

/** "Computing…", "stale" or the error (with a retry for run failures) of a placement result. */
export function ResultStatus({ result, store }: { result: ComputationResult<unknown>; store: ResultStore<unknown> }) {
  const t = usePlacementT();
  const errorText = useResultErrorText(result);
  if (result.status === 'error') {
    return (
      <p className="placement-error" role="alert">
        {t.failed(errorText)}{' '}
        {result.inputIssue === null && (
          <button type="button" className="link-button" onClick={() => retryComputation(store)}>
            {t.retry}
          </button>
        )}
      </p>
    );
  }
  if (result.status !== 'computing') return null;
  return (
    <p className="muted" role="status">
      {result.stale ? t.stale : t.computing}
    </p>
  );
}
