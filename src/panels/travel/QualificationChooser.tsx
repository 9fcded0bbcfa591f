import { useId, useMemo, useState } from 'react';
import { useTravelT } from '../../i18n/travel.ts';
import { type QualificationOption, searchQualifications } from './search-qualifications.ts';

interface Props {
  /** The qualifications at the chosen niveau that the active offer has somewhere. */
  options: readonly QualificationOption[];
  /** The chosen crebo, or null for "any qualification at this niveau". */
  value: string | null;
  onChange(crebo: string | null): void;
  /** Niveau name for the "any qualification" wording, e.g. "Niveau 2". */
  niveauName: string;
}

/** "Any qualification at this niveau", or one found by crebo or name. */
export function QualificationChooser({ options, value, onChange, niveauName }: Props) {
  const t = useTravelT();
  const id = useId();
  const [query, setQuery] = useState('');
  const matches = useMemo(() => searchQualifications(options, query), [options, query]);
  const chosen = value === null ? null : (options.find((o) => o.crebo === value) ?? { crebo: value, naam: '' });

  const pick = (crebo: string | null) => {
    onChange(crebo);
    setQuery('');
  };

  return (
    <div className="travel-qualification">
      <span className="travel-label" id={`${id}-label`}>
        {t.qualification}
      </span>
      <div className="travel-chosen" role="group" aria-labelledby={`${id}-label`} data-testid="travel-qualification">
        {chosen ? (
          <>
            <span>
              <strong>{chosen.crebo}</strong> {chosen.naam}
            </span>
            <button type="button" onClick={() => pick(null)}>
              {t.qualificationClear}
            </button>
          </>
        ) : (
          <span>{t.anyQualification(niveauName)}</span>
        )}
      </div>
      <input
        type="search"
        aria-label={t.qualificationSearch}
        placeholder={t.qualificationSearch}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && matches.length > 0) pick(matches[0].crebo);
          if (e.key === 'Escape') setQuery('');
        }}
      />
      {query.trim() !== '' && (
        <ul className="travel-matches" role="listbox" aria-label={t.qualificationSearch}>
          {matches.length === 0 && <li className="travel-hint">{t.qualificationNoMatch}</li>}
          {matches.map((m) => (
            <li key={m.crebo} role="option" aria-selected={m.crebo === value}>
              <button type="button" onClick={() => pick(m.crebo)}>
                <strong>{m.crebo}</strong> {m.naam}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
