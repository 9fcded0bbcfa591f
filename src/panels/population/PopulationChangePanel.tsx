import { useState } from 'react';
import type { PopulationChange, RegionChange } from '../../engine/population/index.ts';
import { useJaarT } from '../../i18n/jaar.ts';
import { usePopulationChangeStore } from '../../state/population.ts';
import { CHANGE_LAYERS, usePopulationViewStore } from '../../state/population-view.ts';
import '../jaar/jaar.css';
import { type NumberFormats, useNumberFormats } from '../../i18n/format.ts';
import { ResultNotice, SortHeader } from './SortHeader.tsx';

type SortKey = 'name' | 'from' | 'persons' | 'relative';

const relativeOrZero = (r: RegionChange) => r.relative ?? 0;
const SORTERS: Record<SortKey, (a: RegionChange, b: RegionChange) => number> = {
  name: (a, b) => a.name.localeCompare(b.name, 'nl'),
  from: (a, b) => b.from - a.from,
  persons: (a, b) => a.persons - b.persons,
  relative: (a, b) => relativeOrZero(a) - relativeOrZero(b),
};

function SummaryRow({ label, change, f }: { label: string; change: PopulationChange; f: NumberFormats }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{f.signedCount(change.persons)}</dd>
      <dd>{change.relative === null ? '–' : f.signedShare(change.relative)}</dd>
    </>
  );
}

/**
 * The change of the 15–24 population 2021 → 2031 per region: nationally, in the krimp- and
 * anticipeerregio's, and a sortable table per region layer (steepest decline first) with the
 * krimp and anticipeer regions marked; optionally drawn on the map as a choropleth.
 */
export function PopulationChangePanel() {
  const t = useJaarT();
  const f = useNumberFormats();
  const { status, value, error } = usePopulationChangeStore();
  const { layer, onMap, setLayer, setOnMap } = usePopulationViewStore();
  const [sort, setSort] = useState<SortKey>('relative');

  const table = value?.[layer] ?? null;
  const rows = table ? [...table.regions].sort(SORTERS[sort]) : [];
  const header = (key: SortKey, label: string) => (
    <SortHeader
      label={label}
      active={sort === key}
      order={key === 'name' ? 'ascending' : 'descending'}
      onSort={() => setSort(key)}
    />
  );

  return (
    <section
      className="panel-section population-change"
      aria-labelledby="population-change-title"
      data-testid="population-change"
    >
      <h2 id="population-change-title">{t.changeTitle}</h2>
      <p className="muted">{t.changeIntro}</p>
      <p className="jaar-label">{t.label}</p>
      <ResultNotice status={status} hasValue={value !== null} error={error} />
      {table && (
        <>
          <dl className="summary" data-testid="population-change-summary">
            <SummaryRow label={t.changeNational} change={table.national} f={f} />
            <SummaryRow label={t.changeKrimp} change={table.krimp} f={f} />
            <SummaryRow label={t.changeAnticipeer} change={table.anticipeer} f={f} />
          </dl>
          <div className="field">
            <label htmlFor="population-change-layer">{t.changeLayer}</label>
            <select
              id="population-change-layer"
              value={layer}
              onChange={(e) => setLayer(e.target.value as typeof layer)}
            >
              {CHANGE_LAYERS.map((l) => (
                <option key={l} value={l}>
                  {t.changeLayers[l]}
                </option>
              ))}
            </select>
          </div>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={onMap}
              onChange={(e) => setOnMap(e.target.checked)}
              data-testid="population-change-on-map"
            />{' '}
            {t.changeOnMap}
          </label>
          <div className="table-scroll">
            <table data-testid="population-change-table">
              <thead>
                <tr>
                  {header('name', t.changeRegion)}
                  {header('relative', t.changePercent)}
                  {header('persons', t.changePersons)}
                  {header('from', '2021')}
                  <th scope="col">
                    {t.changeAgainstNational} <span className="unit">({f.pointUnit})</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const kind =
                    r.krimpGemeenten > 0 ? 'is-krimp' : r.anticipeerGemeenten > 0 ? 'is-anticipeer' : undefined;
                  return (
                    <tr key={r.code} className={kind} data-code={r.code}>
                      <td>
                        {r.name}
                        {r.krimpGemeenten > 0 && <span className="mark">{t.changeKrimpMark}</span>}
                        {r.anticipeerGemeenten > 0 && <span className="mark">{t.changeAnticipeerMark}</span>}
                      </td>
                      <td>{r.relative === null ? '–' : f.signedShare(r.relative)}</td>
                      <td>{f.signedCount(r.persons)}</td>
                      <td>{f.count(r.from)}</td>
                      <td>{r.againstNational === null ? '–' : f.signedPointsNumber(r.againstNational)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="muted">Bron: CBS</p>
        </>
      )}
    </section>
  );
}
