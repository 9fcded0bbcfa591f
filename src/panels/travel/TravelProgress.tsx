import { useTravelT } from '../../i18n/travel.ts';
import { useTravelStore } from '../../state/travel.ts';

/**
 * Says that the workers are computing (the pool gives no partial progress for one field, which
 * takes well under a second, so this is an indeterminate indicator), or why they failed.
 */
export function TravelProgress() {
  const t = useTravelT();
  const status = useTravelStore((s) => s.status);
  const error = useTravelStore((s) => s.error);
  const retry = useTravelStore((s) => s.retry);
  if (status === 'computing' || status === 'stale') {
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
        <button type="button" onClick={retry}>{t.retry}</button>
      </div>
    );
  }
  return null;
}
