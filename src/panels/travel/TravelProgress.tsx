import { useTravelT } from '../../i18n/travel.ts';
import { retryComputation } from '../../state/pipeline/result-store.ts';
import { useTravelFieldStore } from '../../state/travel-field.ts';

/**
 * Says that the workers are computing (the travel workers give no partial progress for one field, which
 * takes well under a second, so this is an indeterminate indicator), or why they failed.
 */
export function TravelProgress() {
  const t = useTravelT();
  const status = useTravelFieldStore((s) => s.status);
  const error = useTravelFieldStore((s) => s.error);
  if (status === 'computing') {
    return (
      <div className="travel-progress" role="status" aria-live="polite" data-testid="travel-progress">
        <span className="travel-spinner" aria-hidden />
        {t.computing}
      </div>
    );
  }
  if (status === 'error') {
    return (
      <div className="travel-progress is-error" role="alert">
        <p>{t.computeFailed(error ?? '')}</p>
        <button type="button" onClick={() => retryComputation(useTravelFieldStore)}>{t.retry}</button>
      </div>
    );
  }
  return null;
}
