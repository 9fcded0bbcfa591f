import { useState } from 'react';
import type { Location } from '../../data/geodata/index.ts';
import { useNumberFormats } from '../../i18n/format.ts';
import { usePlacementT } from '../../i18n/placement.ts';
import { useOneProviderStore, usePlacementStore } from '../../state/placement.ts';
import { activeScenario, useScenarioStore } from '../../state/scenario.ts';
import { useSelectionStore } from '../../state/selection.ts';
import { ResultJaar } from '../jaar/ResultJaar.tsx';
import { ResultStatus } from './ResultStatus.tsx';
import { useLocationName } from './useLocationName.ts';

/**
 * "Als één aanbieder": the locations to keep (each with the youth only it reaches among the
 * kept ones) and to stop, drawn on the map too; a "what if we had only k" slider; and a button
 * that opens the stops as a NEW scenario on top of the active one — nothing is applied silently.
 */
export function OneProviderView({
  crebo,
  k,
  locations,
}: {
  crebo: string;
  k: number | null;
  locations: readonly Location[];
}) {
  const t = usePlacementT();
  const { count: integer } = useNumberFormats();
  const result = useOneProviderStore();
  const setK = usePlacementStore((s) => s.setK);
  const adopt = useScenarioStore((s) => s.adopt);
  const select = useSelectionStore((s) => s.select);
  const [notice, setNotice] = useState<string | null>(null);
  const nameOf = useLocationName(locations);
  const value = result.value?.crebo === crebo ? result.value : null;

  const openAsScenario = () => {
    if (!value) return;
    const state = useScenarioStore.getState();
    const name = t.scenarioName(crebo);
    const stops = value.drop.map((vestiging) => ({ op: 'stop' as const, crebo, vestiging }));
    adopt(name, [...activeScenario(state).edits, ...stops]);
    setNotice(t.opened(name));
  };

  const total = value ? value.keep.length + value.drop.length + value.unplaced.length : 0;
  return (
    <div className="placement-one" data-testid="one-provider">
      <p className="muted">{t.oneProviderIntro}</p>
      <ResultStatus result={result} store={useOneProviderStore} />
      {notice && (
        <p className="placement-notice" role="status">
          {notice}
        </p>
      )}
      {value && (
        <div className={result.stale ? 'stale' : undefined}>
          <p className="muted">{t.limit(value.limit)}</p>
          <ResultJaar jaar={value.jaar} />
          <p
            className="placement-summary"
            data-testid="one-provider-summary"
            data-keep={value.keep.length}
            data-total={total}
            data-optimal={String(value.optimal)}
          >
            {value.k === null
              ? t.summary(value.keep.length, total)
              : t.summaryK(value.keep.length, integer(value.reachAfter.total), integer(value.reachBefore.total))}{' '}
            {value.optimal
              ? t.optimal
              : value.k === null
                ? t.notOptimal(integer(value.bound))
                : t.notOptimalK(integer(value.bound))}
          </p>
          {total > 1 && (
            <div className="placement-field">
              <label>
                {t.kLabel}: <strong>{t.kValue(value.k ?? value.keep.length)}</strong>
                <input
                  type="range"
                  min={1}
                  max={total}
                  value={value.k ?? value.keep.length}
                  data-testid="one-provider-k"
                  onChange={(e) => setK(Number(e.target.value))}
                />
              </label>
              {k !== null && (
                <button type="button" className="link-button" onClick={() => setK(null)}>
                  {t.kReset}
                </button>
              )}
            </div>
          )}
          <p className="placement-legend">
            <span>
              <span className="placement-swatch kept" aria-hidden="true" />
              {t.mapLegendKept}
            </span>
            <span>
              <span className="placement-swatch dropped" aria-hidden="true" />
              {t.mapLegendDropped}
            </span>
          </p>
          {value.unplaced.length > 0 && <p className="muted">{t.unplaced(value.unplaced.length)}</p>}
          <h4>
            {t.kept} ({value.keep.length})
          </h4>
          <ul className="placement-list" data-testid="one-provider-kept">
            {value.keep.map((id, i) => (
              <li key={id} data-vestiging={id}>
                <button type="button" className="link-button" onClick={() => select(id)}>
                  {nameOf(id)}
                </button>{' '}
                <span className="muted" title={t.aloneHelp}>
                  {integer(value.alone[i].total)} {t.alone}
                </span>
              </li>
            ))}
          </ul>
          <h4>
            {t.dropped} ({value.drop.length})
          </h4>
          <ul className="placement-list" data-testid="one-provider-dropped">
            {value.drop.map((id) => (
              <li key={id} data-vestiging={id}>
                <button type="button" className="link-button" onClick={() => select(id)}>
                  {nameOf(id)}
                </button>
              </li>
            ))}
          </ul>
          {value.drop.length === 0 ? (
            <p className="muted">{t.nothingToDrop}</p>
          ) : (
            <button type="button" data-testid="open-as-scenario" onClick={openAsScenario}>
              {t.openAsScenario}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
