import { useId, useMemo, useState } from 'react';
import type { WhiteSpotRegion } from '../../engine/analysis/index.ts';
import type { RegionLayerId } from '../../engine/metrics/index.ts';
import { useNumberFormats } from '../../i18n/format.ts';
import { useScenarioT } from '../../i18n/scenario.ts';
import { useTravelChangeT } from '../../i18n/travel-change.ts';
import { METRICS_REGION_LAYERS, type MetricsFocus, useScenarioStore } from '../../state/scenario.ts';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';
import { useTravelChangeViewStore } from '../../state/travel-change-view.ts';
import { ModelledLabel } from '../../ui/ModelledLabel.tsx';
import { type DataColumn, DataTable, type SortDirection } from '../table/DataTable.tsx';

type WhiteSpotKey = 'name' | 'code' | 'unreached' | 'population' | 'share';
/** Regions listed at once (the gemeente layer has a few hundred). */
const SHOWN_ROWS = 100;

function sortRegions(rows: readonly WhiteSpotRegion[], key: WhiteSpotKey, direction: SortDirection): WhiteSpotRegion[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const d = key === 'name' || key === 'code' ? a[key].localeCompare(b[key], 'nl') : a[key] - b[key];
    return sign * d || b.unreached - a.unreached || a.code.localeCompare(b.code);
  });
}

/**
 * Witte vlekken: for the scenario's niveau and focus (a domain, a crebo or the whole niveau),
 * the regions of a layer where young people have no access after the scenario, most people
 * first, and a switch for the map layer. From the same evaluation as the figures above.
 */
export function WhiteSpots() {
  const t = useTravelChangeT();
  const scenarioT = useScenarioT();
  const f = useNumberFormats();
  const id = useId();
  const evaluation = useScenarioMetricsStore((s) => s.value?.evaluation ?? null);
  const stale = useScenarioMetricsStore((s) => s.stale);
  const focus = useScenarioStore((s) => s.view.focus);
  const onMap = useTravelChangeViewStore((s) => s.whiteSpotsOnMap);
  const setOnMap = useTravelChangeViewStore((s) => s.setWhiteSpotsOnMap);
  const [layer, setLayer] = useState<RegionLayerId>('gemeente');
  const [sort, setSort] = useState<{ key: WhiteSpotKey; direction: SortDirection }>({
    key: 'unreached',
    direction: 'descending',
  });
  const regions = evaluation?.regions.find((r) => r.layer === layer)?.whiteSpots ?? null;
  const sorted = useMemo(() => (regions ? sortRegions(regions, sort.key, sort.direction) : []), [regions, sort]);
  if (!evaluation) return null;
  const focusName = (focus: MetricsFocus) =>
    focus.kind === 'crebo'
      ? `crebo ${focus.crebo}`
      : focus.kind === 'domein'
        ? focus.domein
        : scenarioT.niveauNames[evaluation.niveau];
  const onSort = (key: WhiteSpotKey) =>
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'name' || key === 'code' ? 'ascending' : 'descending' },
    );
  const isStale = () => stale;
  const columns: DataColumn<WhiteSpotRegion, WhiteSpotKey>[] = [
    { key: 'name', label: t.whiteSpotsColumns.name, cell: (r) => r.name },
    { key: 'code', label: t.whiteSpotsColumns.code, cell: (r) => r.code },
    {
      key: 'unreached',
      label: t.whiteSpotsColumns.unreached,
      numeric: true,
      stale: isStale,
      value: (r) => r.unreached,
      cell: (r) => f.count(r.unreached),
    },
    {
      key: 'population',
      label: t.whiteSpotsColumns.population,
      numeric: true,
      value: (r) => r.population,
      cell: (r) => f.count(r.population),
    },
    {
      key: 'share',
      label: t.whiteSpotsColumns.share,
      numeric: true,
      stale: isStale,
      value: (r) => r.share,
      cell: (r) => f.share(r.share),
    },
  ];
  return (
    <section
      className="panel-section white-spots"
      aria-labelledby={`${id}-title`}
      data-testid="white-spots"
      data-unreached={evaluation.unreachedAfter}
    >
      <h2 id={`${id}-title`}>{t.whiteSpotsTitle}</h2>
      <ModelledLabel />
      <p className="muted">{t.whiteSpotsIntro(focusName(focus), evaluation.limit)}</p>
      <p>{t.whiteSpotsTotal(f.count(evaluation.unreachedAfter))}</p>
      <div className="field">
        <label htmlFor={`${id}-layer`}>{t.whiteSpotsLayer}</label>
        <select id={`${id}-layer`} value={layer} onChange={(e) => setLayer(e.target.value as RegionLayerId)}>
          {METRICS_REGION_LAYERS.map((l) => (
            <option key={l} value={l}>
              {t.layers[l]}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={onMap}
          onChange={(e) => setOnMap(e.target.checked)}
          data-testid="white-spots-on-map"
        />{' '}
        {t.whiteSpotsOnMap}
      </label>
      {sorted.length === 0 ? (
        <p className="muted">{t.whiteSpotsNone}</p>
      ) : (
        <>
          <p className="muted">{t.whiteSpotsShown(Math.min(SHOWN_ROWS, sorted.length), sorted.length)}</p>
          <DataTable
            columns={columns}
            rows={sorted.slice(0, SHOWN_ROWS)}
            rowKey={(r) => r.code}
            rowData={(r) => ({ 'data-code': r.code })}
            sort={sort}
            onSort={onSort}
            testId="white-spots-table"
          />
        </>
      )}
    </section>
  );
}
