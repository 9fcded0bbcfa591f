import { useState } from 'react';
import type { Institution, Location } from '../../data/geodata/index.ts';
import { describeScenarioRefusal } from '../../i18n/edit-problem.ts';
import { useNumberFormats } from '../../i18n/format.ts';
import { useLanguageStore } from '../../i18n/language.ts';
import { usePlacementT } from '../../i18n/placement.ts';
import { useDatasetStore } from '../../state/dataset.ts';
import { useBestPlaceStore, usePlacementStore } from '../../state/placement.ts';
import { useScenarioStore } from '../../state/scenario.ts';
import { checkAgainst } from '../../state/scenario-metrics.ts';
import { useSelectionStore } from '../../state/selection.ts';
import { ResultJaar } from '../jaar/ResultJaar.tsx';
import { ResultStatus } from './ResultStatus.tsx';
import { useLocationName } from './useLocationName.ts';

/** How many ranked locations the list shows (the map shows them all). */
const SHOWN = 25;

/**
 * "Beste plek om te starten": the ranked vestigingen (also drawn on the map), optionally only
 * one institution's, each with one click to add the start to the active scenario — after which
 * the ranking is recomputed on the edited offer.
 */
export function BestPlaceView({
  crebo,
  brin,
  locations,
  institutions,
}: {
  crebo: string;
  brin: string | null;
  locations: readonly Location[];
  institutions: readonly Institution[];
}) {
  const t = usePlacementT();
  const lang = useLanguageStore((s) => s.lang);
  const { count: integer } = useNumberFormats();
  const result = useBestPlaceStore();
  const ask = usePlacementStore((s) => s.ask);
  const addEdit = useScenarioStore((s) => s.addEdit);
  const setFocus = useScenarioStore((s) => s.setFocus);
  const select = useSelectionStore((s) => s.select);
  const active = useDatasetStore((s) => s.activeOffer);
  const [notice, setNotice] = useState<string | null>(null);
  const nameOf = useLocationName(locations);
  const value = result.value?.crebo === crebo ? result.value : null;

  const start = (vestiging: string) => {
    if (!active) return;
    const naam = nameOf(vestiging);
    const check = checkAgainst(active);
    const edit = { op: 'start' as const, crebo, vestiging };
    if (addEdit(edit, check)) {
      setFocus({ kind: 'crebo', crebo });
      setNotice(t.started(naam));
    } else {
      const refusal = useScenarioStore.getState().refusal;
      setNotice(t.refused(refusal ? describeScenarioRefusal(refusal, lang) : ''));
    }
  };

  return (
    <div className="placement-best" data-testid="best-place">
      <p className="muted">{t.bestPlaceIntro}</p>
      <label className="placement-field">
        {t.institution}{' '}
        <select value={brin ?? ''} onChange={(e) => ask({ kind: 'beste-plek', crebo, brin: e.target.value || null })}>
          <option value="">{t.allInstitutions}</option>
          {institutions.map((i) => (
            <option key={i.brin} value={i.brin}>
              {i.naam}
            </option>
          ))}
        </select>
      </label>
      <ResultStatus result={result} store={useBestPlaceStore} />
      {notice && (
        <p className="placement-notice" role="status">
          {notice}
        </p>
      )}
      {value && (
        <>
          <p className="muted">{t.limit(value.limit)}</p>
          <ResultJaar jaar={value.jaar} />
          {value.ranking.length === 0 ? (
            <p>{t.noCandidates}</p>
          ) : (
            <>
              <p className="muted">{t.showing(Math.min(SHOWN, value.ranking.length), value.ranking.length)}</p>
              <p className="placement-legend">
                <span>
                  <span className="placement-swatch gain" aria-hidden="true" />
                  {t.mapLegendBest}
                </span>
              </p>
              <div className="placement-scroll">
                <table className={`placement-table${result.stale ? ' stale' : ''}`} data-testid="best-place-list">
                  <thead>
                    <tr>
                      <th scope="col">{t.columns.vestiging}</th>
                      <th scope="col" className="num" title={t.gainHelp}>
                        {t.columns.gain}
                      </th>
                      <th scope="col" className="num">
                        {t.columns.krimp}
                      </th>
                      <th scope="col" className="num">
                        {t.columns.anticipeer}
                      </th>
                      <th scope="col" />
                    </tr>
                  </thead>
                  <tbody>
                    {value.ranking.slice(0, SHOWN).map(({ vestiging, gain }) => {
                      const naam = nameOf(vestiging);
                      return (
                        <tr key={vestiging} data-vestiging={vestiging} data-gain={Math.round(gain.total)}>
                          <td>
                            <button type="button" className="link-button" onClick={() => select(vestiging)}>
                              {naam}
                            </button>
                          </td>
                          <td className="num">{integer(gain.total)}</td>
                          <td className="num">{integer(gain.krimp)}</td>
                          <td className="num">{integer(gain.anticipeer)}</td>
                          <td>
                            <button
                              type="button"
                              data-start={vestiging}
                              aria-label={t.startHereLabel(naam)}
                              onClick={() => start(vestiging)}
                            >
                              {t.startHere}
                            </button>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </div>
  );
}
