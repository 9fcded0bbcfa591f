import { useId, useState } from 'react';
import { useIndicatorT } from '../../i18n/indicators.ts';
import { useIndicatorStore } from '../../state/indicators.ts';

/**
 * "Onderscheidend by identity": shown wherever duplication is, once a category per institution
 * is linked. On, duplication counts only between institutions of the same category; with
 * several categories linked, the user picks which one.
 */
export function IdentityToggle({ missing }: { missing: number }) {
  const t = useIndicatorT();
  const id = useId();
  const categories = useIndicatorStore((s) => s.categories);
  const identity = useIndicatorStore((s) => s.identity);
  const setIdentity = useIndicatorStore((s) => s.setIdentity);
  // Which category the checkbox turns on, while it is off (the newest by default).
  const [pick, setPick] = useState<string | null>(null);
  if (categories.length === 0) return null;
  const chosen = categories.find((c) => c.id === (identity ?? pick)) ?? categories[categories.length - 1];
  return (
    <div className="identity-toggle">
      <label>
        <input
          type="checkbox"
          data-testid="identity-toggle"
          checked={identity === chosen.id}
          onChange={(e) => setIdentity(e.target.checked ? chosen.id : null)}
        />{' '}
        {t.identityToggle(chosen.name)}
      </label>
      {categories.length > 1 && (
        <>
          {' '}
          <label htmlFor={`${id}-which`}>{t.identityWhich}</label>{' '}
          <select
            id={`${id}-which`}
            value={chosen.id}
            onChange={(e) => {
              setPick(e.target.value);
              if (identity !== null) setIdentity(e.target.value);
            }}
          >
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </>
      )}
      {identity === chosen.id && missing > 0 && (
        <p className="muted" data-testid="identity-missing">
          {t.identityMissing(missing, chosen.name)}
        </p>
      )}
    </div>
  );
}
