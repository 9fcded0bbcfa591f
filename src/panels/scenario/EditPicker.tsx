import { useMemo, useState } from 'react';
import type { Location, Qualification } from '../../data/geodata/index.ts';
import { searchQualifications, type Leerweg } from '../../engine/offer/index.ts';
import type { Edit } from '../../engine/scenario/index.ts';
import { useScenarioT } from '../../i18n/scenario.ts';
import { useDatasetStore } from '../../state/dataset.ts';
import { checkAgainst } from '../../state/scenario-metrics.ts';
import { useScenarioStore } from '../../state/scenario.ts';
import { useSelectionStore } from '../../state/selection.ts';

interface EditPickerProps {
  locations: readonly Location[];
  qualifications: readonly Qualification[];
}

/** How many receiving locations the uitruil list offers: the nearest ones of other institutions. */
const UITRUIL_CHOICES = 40;

function distanceKm(a: Location, b: Location): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  return 6371 * Math.hypot(dLat, dLon);
}

/**
 * Builds one edit: the location comes from the map selection, the programme from what is
 * offered there (or any qualification, to start it), then "stop", "start hier" or "uitruil
 * naar…" with a receiving location of another institution. The store runs the engine's check;
 * a refused edit shows its reason and changes nothing.
 */
export function EditPicker({ locations, qualifications }: EditPickerProps) {
  const t = useScenarioT();
  const brinvest = useSelectionStore((s) => s.brinvest);
  const scenarioOffer = useDatasetStore((s) => s.activeOffer);
  const addEdit = useScenarioStore((s) => s.addEdit);
  const setFocus = useScenarioStore((s) => s.setFocus);
  const [crebo, setCrebo] = useState('');
  const [query, setQuery] = useState('');
  const [leerweg, setLeerweg] = useState<Leerweg | ''>('');
  const [choosingTarget, setChoosingTarget] = useState(false);
  const [target, setTarget] = useState('');

  const location = useMemo(() => locations.find((l) => l.brinvest === brinvest) ?? null, [locations, brinvest]);
  const offeredHere = useMemo(() => {
    if (!scenarioOffer || !location) return [];
    const crebos = [...new Set(scenarioOffer.offer.byVestiging(location.brinvest).map((r) => r.crebo))].sort();
    return crebos.map((c) => ({ crebo: c, naam: scenarioOffer.offer.qualification(c)?.naam ?? '' }));
  }, [scenarioOffer, location]);
  const matches = useMemo(() => searchQualifications(qualifications, query, 30), [qualifications, query]);
  const targets = useMemo(() => {
    if (!location) return [];
    return locations
      .filter((l) => l.brin !== location.brin)
      .map((l) => ({ location: l, km: distanceKm(location, l) }))
      .sort((a, b) => a.km - b.km)
      .slice(0, UITRUIL_CHOICES);
  }, [locations, location]);

  if (!location) return <p className="muted scenario-pick-hint">{t.pickLocationHint}</p>;
  if (!scenarioOffer) return <p className="muted">{t.noOffer}</p>;

  const isOffered = offeredHere.some((p) => p.crebo === crebo);
  const withLeerweg = <E extends Edit>(edit: E): E => (leerweg ? { ...edit, leerweg } : edit);
  const submit = (edit: Edit) => {
    if (addEdit(edit, checkAgainst(scenarioOffer))) {
      setChoosingTarget(false);
      setTarget('');
      setFocus({ kind: 'crebo', crebo: edit.crebo });
    }
  };
  const choose = (value: string) => {
    setCrebo(value);
    setChoosingTarget(false);
  };

  return (
    <section className="panel-section scenario-picker" aria-labelledby="scenario-pick-title">
      <h2 id="scenario-pick-title">{t.pickTitle}</h2>
      <p className="scenario-pick-location">
        <span className="eyebrow">{t.pickLocation}</span>
        <br />
        <strong>{location.naam}</strong>, {location.plaats} — {location.instelling}
      </p>
      <div className="field">
        <label htmlFor="scenario-offered">{t.pickProgrammeOffered}</label>
        <select id="scenario-offered" value={isOffered ? crebo : ''} onChange={(e) => choose(e.target.value)}>
          <option value="">{t.pickProgrammePlaceholder}</option>
          {offeredHere.map((p) => (
            <option key={p.crebo} value={p.crebo}>
              {p.crebo} {p.naam}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="scenario-any">{t.pickProgrammeAny}</label>
        <input
          id="scenario-any"
          type="search"
          placeholder={t.pickSearch}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {matches.length > 0 && (
          <select size={Math.min(6, matches.length)} aria-label={t.pickProgramme} value={crebo} onChange={(e) => choose(e.target.value)}>
            {matches.map((q) => (
              <option key={q.crebo} value={q.crebo}>
                {q.crebo} {q.naam}
                {q.niveau ? ` (${q.niveau === 1 ? 'Entree' : `niveau ${q.niveau}`})` : ''}
              </option>
            ))}
          </select>
        )}
      </div>
      <div className="field">
        <label htmlFor="scenario-leerweg">{t.pickLeerweg}</label>
        <select id="scenario-leerweg" value={leerweg} onChange={(e) => setLeerweg(e.target.value as Leerweg | '')}>
          <option value="">{t.pickLeerwegAny}</option>
          <option value="BOL">BOL</option>
          <option value="BBL">BBL</option>
        </select>
      </div>
      {crebo && (
        <p className="muted">
          {crebo} {isOffered ? t.offeredHere : t.notOfferedHere}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          disabled={!crebo}
          data-testid="scenario-stop"
          onClick={() => submit(withLeerweg({ op: 'stop', crebo, vestiging: location.brinvest }))}
        >
          {t.stop}
        </button>
        <button
          type="button"
          disabled={!crebo}
          data-testid="scenario-start"
          onClick={() => submit(withLeerweg({ op: 'start', crebo, vestiging: location.brinvest }))}
        >
          {t.startHere}
        </button>
        <button type="button" disabled={!crebo} aria-expanded={choosingTarget} onClick={() => setChoosingTarget(!choosingTarget)}>
          {t.uitruil}
        </button>
      </div>
      {choosingTarget && (
        <div className="field scenario-uitruil">
          <label htmlFor="scenario-target">{t.uitruilTarget}</label>
          <select id="scenario-target" value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">{t.uitruilChoose}</option>
            {targets.map(({ location: l, km }) => (
              <option key={l.brinvest} value={l.brinvest}>
                {l.naam}, {l.plaats} — {l.instelling} ({Math.round(km)} km)
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={!target}
            onClick={() => submit(withLeerweg({ op: 'uitruil', crebo, van: location.brinvest, naar: target }))}
          >
            {t.uitruilConfirm}
          </button>
        </div>
      )}
    </section>
  );
}
