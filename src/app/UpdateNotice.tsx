import { useSyncExternalStore } from 'react';
import { useT } from '../i18n/index.ts';
import { subscribeToUpdate, waitingUpdate } from './service-worker.ts';

/** "Nieuwe versie beschikbaar — vernieuwen": shown while a new version waits; nothing changes until clicked. */
export function UpdateNotice() {
  const t = useT();
  const update = useSyncExternalStore(subscribeToUpdate, waitingUpdate);
  if (!update) return null;
  return (
    <div className="update-notice" role="status" data-testid="update-notice">
      <span>{t.updateAvailable} —</span>
      <button type="button" onClick={update}>
        {t.updateApply}
      </button>
    </div>
  );
}
