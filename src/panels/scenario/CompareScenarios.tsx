import { useState } from 'react';
import { useNumberFormats } from '../../i18n/format.ts';
import { useScenarioT } from '../../i18n/scenario.ts';
import { useScenarioStore } from '../../state/scenario.ts';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';
import { useViewStore } from '../../state/view.ts';
import { DiffCell, FigureCell, METRIC_ROWS } from './MetricsPanel.tsx';

/** Two scenarios side by side: each one's figures after its edits, and B − A. */
export function CompareScenarios() {
  const t = useScenarioT();
  const f = useNumberFormats();
  const scenarios = useScenarioStore((s) => s.scenarios);
  const compare = useScenarioStore((s) => s.compare);
  const setCompare = useScenarioStore((s) => s.setCompare);
  const result = useScenarioMetricsStore((s) => s.value?.evaluation ?? null);
  const comparedIds = useScenarioMetricsStore((s) => s.value?.comparedIds ?? null);
  const stale = useScenarioMetricsStore((s) => s.stale);
  const niveau = useViewStore((s) => s.niveau);
  const [chosenA, setA] = useState('');
  const [chosenB, setB] = useState('');
  // Until the user picks, and after a pick was deleted, default to the first two scenarios.
  const exists = (id: string) => scenarios.some((s) => s.id === id);
  const a = exists(chosenA) ? chosenA : (scenarios[0]?.id ?? '');
  const b = exists(chosenB) && chosenB !== a ? chosenB : (scenarios.find((s) => s.id !== a)?.id ?? '');

  if (scenarios.length < 2) {
    return (
      <section className="panel-section" aria-labelledby="scenario-compare-title">
        <h2 id="scenario-compare-title">{t.compareTitle}</h2>
        <p className="muted">{t.compareNeedTwo}</p>
      </section>
    );
  }
  const nameOf = (id: string) => scenarios.find((s) => s.id === id)?.name ?? id;
  const ready =
    compare &&
    result &&
    comparedIds &&
    comparedIds[0] === compare[0] &&
    comparedIds[1] === compare[1] &&
    result.extra.length === 2;

  return (
    <section className="panel-section" aria-labelledby="scenario-compare-title">
      <h2 id="scenario-compare-title">{t.compareTitle}</h2>
      <div className="field-row">
        {(
          [
            [t.compareA, a, setA, 'scenario-compare-a'],
            [t.compareB, b, setB, 'scenario-compare-b'],
          ] as const
        ).map(([label, value, set, id]) => (
          <div className="field" key={id}>
            <label htmlFor={id}>{label}</label>
            <select id={id} value={value} onChange={(e) => set(e.target.value)}>
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="button-row">
        <button type="button" disabled={!a || !b || a === b} onClick={() => setCompare([a, b])}>
          {t.compareStart}
        </button>
        {compare && (
          <button type="button" onClick={() => setCompare(null)}>
            {t.compareStop}
          </button>
        )}
      </div>
      {compare && ready && (
        <table className={`figures${stale ? ' stale' : ''}`} aria-busy={stale} data-testid="scenario-compare">
          <thead>
            <tr>
              <th scope="col">{t.colMetric}</th>
              <th scope="col">{nameOf(compare[0])}</th>
              <th scope="col">{nameOf(compare[1])}</th>
              <th scope="col">{t.compareDiff}</th>
            </tr>
          </thead>
          <tbody>
            {METRIC_ROWS.map((row) => (
              <tr key={row.key}>
                <th scope="row">{t[row.key]}</th>
                <td>
                  <FigureCell row={row} side={result.extra[0]} f={f} people={t.people} />
                </td>
                <td>
                  <FigureCell row={row} side={result.extra[1]} f={f} people={t.people} />
                </td>
                <td>
                  <DiffCell row={row} from={result.extra[0]} to={result.extra[1]} f={f} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {compare && !ready && <p className="muted">{niveau === null ? t.chooseNiveau : t.computing}</p>}
    </section>
  );
}
