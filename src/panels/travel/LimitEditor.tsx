import { useEffect, useId, useState } from 'react';
import type { Niveau } from '../../engine/offer/types.ts';
import { MAX_LIMIT_MINUTES, MIN_LIMIT_MINUTES } from '../../engine/profiles/index.ts';
import { useTravelT } from '../../i18n/travel.ts';
import { DEFAULT_TRAVEL_LIMITS, isValidLimit, useTravelStore } from '../../state/travel.ts';

/**
 * The niveau's maximum travel time. The text being typed is kept locally until it is a valid
 * limit, so a half-typed number is never lost and never reaches the store.
 */
export function LimitEditor({ niveau }: { niveau: Niveau }) {
  const t = useTravelT();
  const id = useId();
  const limit = useTravelStore((s) => s.limits[niveau]);
  const setLimit = useTravelStore((s) => s.setLimit);
  const resetLimit = useTravelStore((s) => s.resetLimit);
  const [text, setText] = useState(String(limit));
  useEffect(() => setText(String(limit)), [limit]);

  const valid = isValidLimit(Number(text)) && text.trim() !== '';
  const onChange = (value: string) => {
    setText(value);
    const minutes = Number(value);
    if (value.trim() !== '' && isValidLimit(minutes)) setLimit(niveau, minutes);
  };
  const fallback = DEFAULT_TRAVEL_LIMITS[niveau];

  return (
    <div className="travel-limit">
      <label htmlFor={id}>{t.limit}</label>
      <div className="travel-limit-row">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={MIN_LIMIT_MINUTES}
          max={MAX_LIMIT_MINUTES}
          step={5}
          value={text}
          aria-invalid={!valid}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange(e.target.value)}
        />
        <span>{t.limitUnit}</span>
        <button
          type="button"
          onClick={() => {
            resetLimit(niveau);
            setText(String(fallback));
          }}
          disabled={limit === fallback && valid}
        >
          {t.limitReset}
        </button>
      </div>
      <p
        id={`${id}-hint`}
        className={valid ? 'travel-hint' : 'travel-hint is-error'}
        role={valid ? undefined : 'alert'}
      >
        {valid ? t.limitDefault(fallback) : t.limitInvalid(MIN_LIMIT_MINUTES, MAX_LIMIT_MINUTES)}
      </p>
    </div>
  );
}
