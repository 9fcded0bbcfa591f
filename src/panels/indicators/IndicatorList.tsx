import type { Offer } from '../../engine/offer/offer.ts';
import { useIndicatorT } from '../../i18n/indicators.ts';
import { useIndicatorStore } from '../../state/indicators.ts';
import { useIndicatorValues } from '../../state/useIndicatorValues.ts';

/** The linked figures with their provenance and how many of their lines join the active offer; each removable. */
export function IndicatorList({ offer }: { offer: Offer }) {
  const t = useIndicatorT();
  const values = useIndicatorValues(offer);
  const remove = useIndicatorStore((s) => s.remove);
  const categories = useIndicatorStore((s) => s.categories);
  const removeCategory = useIndicatorStore((s) => s.removeCategory);
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
      {categories.length > 0 && (
        <>
          <h3>{t.categoryListTitle}</h3>
          <ul data-testid="category-list">
            {categories.map((c) => (
              <li key={c.id} data-category={c.name}>
                <strong>{c.name}</strong>
                {c.source && ` · ${c.source}`}
                {c.date && ` · ${c.date}`}
                <br />
                <span className="muted">
                  {t.provenance(c.provenance.fileName, c.provenance.column, c.provenance.importedAt.slice(0, 10))}
                  {' · '}
                  {t.categoryCount(Object.keys(c.byBrin).length, new Set(Object.values(c.byBrin)).size)}
                  {c.provenance.errors.length > 0 && ` · ${t.categoryErrors(c.provenance.errors.length)}`}
                </span>{' '}
                <button type="button" onClick={() => void removeCategory(c.id)} aria-label={t.remove(c.name)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
