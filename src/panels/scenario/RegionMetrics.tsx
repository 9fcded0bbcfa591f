import { useMemo, useState } from 'react';
import type { Gemeente } from '../../data/geodata/index.ts';
import type { RegionLayerId } from '../../engine/metrics/index.ts';
import type { RegionTable } from '../../engine/metrics/scenario-evaluation.ts';
import { useNumberFormats } from '../../i18n/format.ts';
import { useScenarioT } from '../../i18n/scenario.ts';
import { useTravelChangeT } from '../../i18n/travel-change.ts';
import { METRICS_REGION_LAYERS, useScenarioStore } from '../../state/scenario.ts';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';

/** Below this share difference a region counts as unchanged (float noise, not people). */
const CHANGE_EPSILON = 1e-9;

interface Row {
  code: string;
  name: string;
  population: number;
  before: number;
  after: number;
  diff: number;
  countDiff: number;
  /** population-weighted mean change in minutes of those who keep access */
  meanChange: number;
}

function rowsOf(table: RegionTable, customName: string): Row[] {
  return table.codes.map((code, r) => ({
    code,
    name: table.layer === 'custom' ? customName : table.names[r],
    population: table.population[r],
    before: table.before.share[r],
    after: table.after.share[r],
    diff: table.after.share[r] - table.before.share[r],
    countDiff: table.after.reached[r] - table.before.reached[r],
    meanChange: table.meanChange[r],
  }));
}

/** The custom region: gemeenten ticked in a filterable list. */
function CustomGemeenten({ gemeenten }: { gemeenten: readonly Gemeente[] }) {
  const t = useScenarioT();
  const chosen = useScenarioStore((s) => s.view.customGemeenten);
  const { toggleGemeente, setCustomGemeenten } = useScenarioStore.getState();
  const [filter, setFilter] = useState('');
  const sorted = useMemo(() => [...gemeenten].sort((a, b) => a.naam.localeCompare(b.naam, 'nl')), [gemeenten]);
  const needle = filter.trim().toLowerCase();
  const shown = needle ? sorted.filter((g) => g.naam.toLowerCase().includes(needle)) : sorted;
  const chosenSet = new Set(chosen);
  return (
    <fieldset className="custom-gemeenten">
      <legend>{t.customTitle}</legend>
      <p className="muted">
        {chosen.length === 0 ? t.customEmpty : t.customCount(chosen.length)}{' '}
        {chosen.length > 0 && (
          <button type="button" className="link-button" onClick={() => setCustomGemeenten([])}>
            {t.customClear}
          </button>
        )}
      </p>
      <input
        type="search"
        aria-label={t.customFilter}
        placeholder={t.customFilter}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <ul className="custom-gemeenten-list">
        {shown.map((g) => (
          <li key={g.code}>
            <label>
              <input type="checkbox" checked={chosenSet.has(g.code)} onChange={() => toggleGemeente(g.code)} /> {g.naam}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The metrics per region of the chosen layer: reach before, after and the difference. */
export function RegionMetrics({ gemeenten }: { gemeenten: readonly Gemeente[] }) {
  const t = useScenarioT();
  const changeT = useTravelChangeT();
  const f = useNumberFormats();
  const layer = useScenarioStore((s) => s.view.regionLayer);
  const setRegionLayer = useScenarioStore((s) => s.setRegionLayer);
  const result = useScenarioMetricsStore((s) => s.value?.evaluation ?? null);
  const stale = useScenarioMetricsStore((s) => s.stale);
  const [onlyChanged, setOnlyChanged] = useState(true);

  const rows = useMemo(() => {
    const table = result?.regions.find((r) => r.layer === layer);
    if (!table) return [];
    // Largest loss first: that is what a board needs to see.
    return rowsOf(table, t.customRegionName).sort((a, b) => a.diff - b.diff || a.name.localeCompare(b.name, 'nl'));
  }, [result, layer, t]);
  // A region whose reach stays but whose travel time changes has changed too.
  const shown = onlyChanged ? rows.filter((r) => Math.abs(r.diff) > CHANGE_EPSILON || r.meanChange !== 0) : rows;

  return (
    <section className="panel-section" aria-labelledby="scenario-regions-title">
      <h2 id="scenario-regions-title">{t.regionsTitle}</h2>
      <div className="field">
        <label htmlFor="scenario-region-layer">{t.regionLayer}</label>
        <select
          id="scenario-region-layer"
          value={layer}
          onChange={(e) => setRegionLayer(e.target.value as RegionLayerId)}
        >
          {METRICS_REGION_LAYERS.map((id) => (
            <option key={id} value={id}>
              {t.regionLayers[id]}
            </option>
          ))}
        </select>
      </div>
      {layer === 'custom' && <CustomGemeenten gemeenten={gemeenten} />}
      <label className="checkbox">
        <input type="checkbox" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} />{' '}
        {t.onlyChanged}
      </label>
      {result && shown.length === 0 && <p className="muted">{t.noRegionChange}</p>}
      {shown.length > 0 && (
        <div className="region-table-wrap">
          <table
            className={`figures region-table${stale ? ' stale' : ''}`}
            aria-busy={stale}
            data-testid="scenario-region-table"
          >
            <thead>
              <tr>
                <th scope="col">{t.colRegion}</th>
                <th scope="col">{t.colPopulation}</th>
                <th scope="col">{t.colShareBefore}</th>
                <th scope="col">{t.colShareAfter}</th>
                <th scope="col">{t.colShareDiff}</th>
                <th scope="col">{changeT.byRegionMean}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.code}>
                  <th scope="row">{r.name}</th>
                  <td>{f.count(r.population)}</td>
                  <td>{f.share(r.before)}</td>
                  <td>{f.share(r.after)}</td>
                  <td>
                    <span
                      className={`figure-diff figure-diff-${r.diff > CHANGE_EPSILON ? 'gain' : r.diff < -CHANGE_EPSILON ? 'loss' : 'same'}`}
                    >
                      {f.signedPoints(r.diff)}
                      <span className="figure-count">{f.signedCount(r.countDiff)}</span>
                    </span>
                  </td>
                  <td data-value={r.meanChange}>{changeT.minutesSigned(f.signedDecimal(r.meanChange))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
