import './aanbod.css';
import { useId, useMemo, useState } from 'react';
import type { Qualification } from '../../data/geodata/types.ts';
import {
  filterLocations,
  isOfferFilterActive,
  NO_OFFER_FILTER,
  type OfferFilter,
  searchQualifications,
} from '../../engine/offer/filter.ts';
import type { Offer } from '../../engine/offer/offer.ts';
import type { Leerweg, Niveau } from '../../engine/offer/types.ts';
import { useAanbodT } from '../../i18n/aanbod.ts';
import { ModelledLabel } from '../../ui/ModelledLabel.tsx';

export interface OfferFiltersProps {
  offer: Offer;
  /** The qualification list (qualifications.json), for names; search is limited to crebos in the offer. */
  qualifications: readonly Qualification[];
  value: OfferFilter;
  onChange(next: OfferFilter): void;
}

const NIVEAUS: Niveau[] = [1, 2, 3, 4];
const LEERWEGEN: (Leerweg | null)[] = [null, 'BOL', 'BBL'];

/**
 * Filters the locations by niveau, opleidingsdomein, qualification (search by crebo or name)
 * and leerweg. Controlled: the parent keeps the OfferFilter and applies filterLocations.
 */
export function OfferFilters({ offer, qualifications, value, onChange }: OfferFiltersProps) {
  const t = useAanbodT();
  const id = useId();
  const [query, setQuery] = useState('');
  const offered = useMemo(() => {
    const crebos = new Set(offer.crebos());
    return qualifications.filter((q) => crebos.has(q.crebo));
  }, [offer, qualifications]);
  const names = useMemo(() => new Map(qualifications.map((q) => [q.crebo, q.naam])), [qualifications]);
  const results = useMemo(
    () => searchQualifications(offered, query, 12).filter((q) => !value.crebos.includes(q.crebo)),
    [offered, query, value.crebos],
  );
  const matching = useMemo(() => filterLocations(offer, value).size, [offer, value]);
  const domains = offer.domains();

  const toggleNiveau = (niveau: Niveau) =>
    onChange({
      ...value,
      niveaus: value.niveaus.includes(niveau)
        ? value.niveaus.filter((n) => n !== niveau)
        : [...value.niveaus, niveau].sort(),
    });

  return (
    <section className="offer-filters" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.filterTitle}</h2>
      <ModelledLabel />
      <fieldset>
        <legend>{t.filterNiveau}</legend>
        {NIVEAUS.map((niveau) => (
          <label key={niveau} className="check">
            <input type="checkbox" checked={value.niveaus.includes(niveau)} onChange={() => toggleNiveau(niveau)} />
            {t.niveauNames[niveau]}
          </label>
        ))}
      </fieldset>

      <label htmlFor={`${id}-domain`}>{t.filterDomain}</label>
      <select
        id={`${id}-domain`}
        value={value.domains[0] ?? ''}
        onChange={(e) => onChange({ ...value, domains: e.target.value === '' ? [] : [e.target.value] })}
      >
        <option value="">{t.filterAllDomains}</option>
        {domains.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>

      <label htmlFor={`${id}-qualification`}>{t.filterQualification}</label>
      <input
        id={`${id}-qualification`}
        type="search"
        value={query}
        placeholder={t.filterQualificationPlaceholder}
        autoComplete="off"
        aria-describedby={`${id}-qualification-results`}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div id={`${id}-qualification-results`} aria-live="polite">
        {query.trim() !== '' && results.length === 0 && <p className="hint">{t.filterQualificationNone}</p>}
        {results.length > 0 && (
          <ul className="qualification-results">
            {results.map((q) => (
              <li key={q.crebo}>
                <button
                  type="button"
                  onClick={() => {
                    onChange({ ...value, crebos: [...value.crebos, q.crebo] });
                    setQuery('');
                  }}
                >
                  {q.crebo} {q.naam}
                  {q.niveau ? ` (${t.niveauNames[q.niveau]})` : ''}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {value.crebos.length > 0 && (
        <ul className="chosen-qualifications">
          {value.crebos.map((crebo) => {
            const label = `${crebo} ${names.get(crebo) ?? ''}`.trim();
            return (
              <li key={crebo}>
                {label}{' '}
                <button
                  type="button"
                  aria-label={t.filterRemove(label)}
                  onClick={() => onChange({ ...value, crebos: value.crebos.filter((c) => c !== crebo) })}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <fieldset>
        <legend>{t.filterLeerweg}</legend>
        {LEERWEGEN.map((leerweg) => (
          <label key={leerweg ?? 'all'} className="check">
            <input
              type="radio"
              name={`${id}-leerweg`}
              checked={value.leerweg === leerweg}
              onChange={() => onChange({ ...value, leerweg })}
            />
            {leerweg ?? t.filterLeerwegAll}
          </label>
        ))}
      </fieldset>

      <p className="filter-result" data-testid="offer-filter-result" aria-live="polite">
        {t.filterResult(matching)}
      </p>
      <button type="button" disabled={!isOfferFilterActive(value)} onClick={() => onChange(NO_OFFER_FILTER)}>
        {t.filterReset}
      </button>
    </section>
  );
}
