import type { Offer } from '../../engine/offer/offer.ts';
import { useIndicatorT } from '../../i18n/indicators.ts';
import { useIndicatorStore } from '../../state/indicators.ts';
import { useIndicatorValues } from '../../state/useIndicatorValues.ts';

/** The linked figures with their provenance and how many of their lines join the active offer; each removable. */
export function IndicatorList({ offer }: { offer: Offer }) {
  const t = useIndicatorT();
  const values = useIndicatorValues(offer);
  const remove = useIndicatorStore((s) => s.remove);
  return (
    <div className="indicator-list">
      <h3>{t.listTitle}</h3>
      {values.length === 0 && <p className="muted">{t.none}</p>}
      <ul data-testid="indicator-list">
        {values.map(({ indicator, join }) => (
          <li key={indicator.id} data-indicator={indicator.name}>
            <strong>{indicator.name}</strong>
            {indicator.unit && ` (${indicator.unit})`}
            {indicator.source && ` · ${indicator.source}`}
            {indicator.date && ` · ${indicator.date}`}
            <br />
            <span className="muted">
              {t.provenance(
                indicator.provenance.fileName,
                indicator.provenance.column,
                indicator.provenance.importedAt.slice(0, 10),
              )}
              {' · '}
              {t.matchedCount(join.matched.length, indicator.records.length + indicator.provenance.errors.length)}
            </span>{' '}
            <button type="button" onClick={() => void remove(indicator.id)} aria-label={t.remove(indicator.name)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
