import { useMemo, useState } from 'react';
import { useQualifications } from '../../data/queries/useGeodata.ts';
import { type Leerweg, searchQualifications } from '../../engine/offer/index.ts';
import type { Offer } from '../../engine/offer/offer.ts';
import { useProgrammeActionT } from '../../i18n/programme-actions.ts';
import { commitProgrammeEdit } from '../../state/programme-edit.ts';

/** "Start a programme here": any qualification not offered at the location yet, by name or crebo. */
export function StartProgrammeHere({ offer, vestiging }: { offer: Offer; vestiging: string }) {
  const t = useProgrammeActionT();
  const qualifications = useQualifications().data;
  const [query, setQuery] = useState('');
  const [crebo, setCrebo] = useState('');
  const [leerweg, setLeerweg] = useState<Leerweg | ''>('');
  const offeredHere = useMemo(() => new Set(offer.byVestiging(vestiging).map((r) => r.crebo)), [offer, vestiging]);
  const matches = useMemo(
    () => searchQualifications(qualifications ?? [], query, 30).filter((q) => !offeredHere.has(q.crebo)),
    [qualifications, query, offeredHere],
  );
  const chosen = matches.find((q) => q.crebo === crebo) ?? null;
  const id = `start-${vestiging}`;
  return (
    <details className="programme-start" data-testid="programme-start-here">
      <summary>{t.startTitle}</summary>
      <div className="field">
        <label htmlFor={`${id}-search`}>{t.startSearch}</label>
        <input id={`${id}-search`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      {matches.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-choice`}>{t.startChoose}</label>
          <select
            id={`${id}-choice`}
            size={Math.min(6, matches.length)}
            value={crebo}
            onChange={(e) => setCrebo(e.target.value)}
          >
            {matches.map((q) => (
              <option key={q.crebo} value={q.crebo}>
                {q.crebo} {q.naam}
                {q.niveau ? ` (${q.niveau === 1 ? 'Entree' : `niveau ${q.niveau}`})` : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-leerweg`}>{t.startLeerweg}</label>
        <select id={`${id}-leerweg`} value={leerweg} onChange={(e) => setLeerweg(e.target.value as Leerweg | '')}>
          <option value="">{t.startLeerwegAny}</option>
          <option value="BOL">BOL</option>
          <option value="BBL">BBL</option>
        </select>
      </div>
      <button
        type="button"
        disabled={!chosen}
        data-testid="programme-start"
        aria-label={chosen ? t.startLabel(chosen.naam, chosen.crebo) : undefined}
        onClick={() => {
          if (!chosen) return;
          const edit = leerweg
            ? { op: 'start' as const, crebo: chosen.crebo, vestiging, leerweg }
            : { op: 'start' as const, crebo: chosen.crebo, vestiging };
          if (commitProgrammeEdit(edit, chosen.niveau)) {
            setCrebo('');
            setQuery('');
          }
        }}
      >
        {t.startButton}
      </button>
    </details>
  );
}
