import type { Offer } from '../../engine/offer/offer.ts';
import { useIndicatorT } from '../../i18n/indicators.ts';
import { useLanguageStore } from '../../i18n/language.ts';
import { programmeKey } from '../../state/indicator-values.ts';
import { useIndicatorStore } from '../../state/indicators.ts';
import { useIndicatorValues } from '../../state/useIndicatorValues.ts';

/** The user's figures for one programme at one location, named with unit and source; "klein" under the threshold. */
export function ProgrammeFigures({ offer, crebo, vestiging }: { offer: Offer; crebo: string; vestiging: string }) {
  const t = useIndicatorT();
  const lang = useLanguageStore((s) => s.lang);
  const values = useIndicatorValues(offer);
  const small = useIndicatorStore((s) => s.small);
  const key = programmeKey(crebo, vestiging);
  const shown = values.flatMap((v) => {
    const value = v.byProgramme.get(key);
    return value === undefined ? [] : [{ v, value }];
  });
  if (shown.length === 0) return null;
  return (
    <span className="indicator-values" data-testid="programme-figures">
      {shown.map(({ v, value }) => (
        <span
          key={v.indicator.id}
          className="indicator-value"
          title={`${t.ownFigure}: ${v.indicator.source || v.indicator.provenance.fileName}`}
        >
          {v.indicator.name}: {t.format(value, lang)}
          {v.indicator.unit ? ` ${v.indicator.unit}` : ''}
          {small?.indicatorId === v.indicator.id && value < small.threshold && (
            <span className="small-badge" data-testid="small-badge">
              {t.smallBadge}
            </span>
          )}
        </span>
      ))}
    </span>
  );
}
