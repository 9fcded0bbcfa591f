import { useId } from 'react';
import type { Offer } from '../../engine/offer/offer.ts';
import { useIndicatorT } from '../../i18n/indicators.ts';
import { smallProgrammes } from '../../state/indicator-values.ts';
import { useIndicatorStore } from '../../state/indicators.ts';
import { useIndicatorValues } from '../../state/useIndicatorValues.ts';

const DEFAULT_THRESHOLD = 20;

/** What the figures do in the views: which one sizes the locations, and the small-programme threshold. */
export function IndicatorUse({ offer }: { offer: Offer }) {
  const t = useIndicatorT();
  const id = useId();
  const values = useIndicatorValues(offer);
  const { sizeBy, small, setSizeBy, setSmall } = useIndicatorStore();
  if (values.length === 0) return null;
  const students = values.filter((v) => v.indicator.studentCount);
  const chosen = students.find((v) => v.indicator.id === small?.indicatorId);
  return (
    <div className="indicator-use">
      <label htmlFor={`${id}-size`}>{t.sizeBy}</label>
      <select
        id={`${id}-size`}
        value={sizeBy ?? ''}
        onChange={(e) => setSizeBy(e.target.value || null)}
        data-testid="indicator-size-by"
      >
        <option value="">{t.sizeNone}</option>
        {values.map(({ indicator }) => (
          <option key={indicator.id} value={indicator.id}>
            {indicator.name}
          </option>
        ))}
      </select>
      {students.length > 0 && (
        <fieldset className="small-programmes" data-testid="small-programmes">
          <legend>{t.smallTitle}</legend>
          <label>
            {t.smallIndicator}{' '}
            <select
              value={small?.indicatorId ?? ''}
              onChange={(e) =>
                setSmall(
                  e.target.value
                    ? {
                        indicatorId: e.target.value,
                        threshold: small?.threshold ?? DEFAULT_THRESHOLD,
                        onlySmall: small?.onlySmall ?? false,
                      }
                    : null,
                )
              }
            >
              <option value="">—</option>
              {students.map(({ indicator }) => (
                <option key={indicator.id} value={indicator.id}>
                  {indicator.name}
                </option>
              ))}
            </select>
          </label>
          {small && chosen && (
            <>
              <label>
                {t.smallThreshold}{' '}
                <input
                  type="number"
                  min={1}
                  step={1}
                  value={small.threshold}
                  onChange={(e) => {
                    const threshold = Number(e.target.value);
                    if (Number.isFinite(threshold) && threshold > 0) setSmall({ ...small, threshold });
                  }}
                  data-testid="small-threshold"
                />
              </label>
              <label className="check">
                <input
                  type="checkbox"
                  checked={small.onlySmall}
                  onChange={(e) => setSmall({ ...small, onlySmall: e.target.checked })}
                />{' '}
                {t.smallOnly}
              </label>
              <p data-testid="small-count">{t.smallCount(smallProgrammes(chosen, small.threshold).size)}</p>
            </>
          )}
        </fieldset>
      )}
    </div>
  );
}
