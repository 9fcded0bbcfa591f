import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { Location, Manifest } from '../../data/geodata/index.ts';
import { DEFAULT_JAAR } from '../../engine/population/years.ts';
import { useExportT } from '../../i18n/export.ts';
import { useNumberFormats } from '../../i18n/format.ts';
import { useLanguageStore } from '../../i18n/language.ts';
import { useScenarioT } from '../../i18n/scenario.ts';
import { useTravelT } from '../../i18n/travel.ts';
import { useActiveQualifications } from '../../state/dataset.ts';
import { activeScenario, useScenarioStore } from '../../state/scenario.ts';
import { useScenarioMetricsStore } from '../../state/scenario-metrics.ts';
import { useViewStore } from '../../state/view.ts';
import { ModelledLabel } from '../../ui/ModelledLabel.tsx';
import { describeEdit, namesFrom } from '../scenario/describe.ts';
import { DiffCell, FigureCell, METRIC_ROWS } from '../scenario/MetricsPanel.tsx';
import { formatExportDate, jaarLine } from './export-context.ts';
import { changedRegions, regionRows, shareDiff } from './region-rows.ts';
import './report.css';

interface ReportViewProps {
  locations: readonly Location[];
  manifest: Manifest;
  /** The map as composed for the PNG export when the report was opened, or null if that failed. */
  mapImage: string | null;
  date: Date;
  onClose(): void;
}

/** While the report is open, printing shows only the report (see report.css). */
const OPEN_CLASS = 'report-open';

/**
 * The printable scenario report: name, edits, before/after figures nationally and per region,
 * the map image, the modelled label, the sources and the date. It lies over the app on screen
 * and is rendered outside the app root, so `@media print` can hide the app and print only this.
 * The figures are live (they follow the stores); the map image is the one taken on opening.
 */
export function ReportView({ locations, manifest, mapImage, date, onClose }: ReportViewProps) {
  const t = useExportT();
  const s = useScenarioT();
  const travel = useTravelT();
  const f = useNumberFormats();
  const lang = useLanguageStore((st) => st.lang);
  const niveau = useViewStore((st) => st.niveau);
  const scenario = useScenarioStore(activeScenario);
  const layer = useScenarioStore((st) => st.view.regionLayer);
  const result = useScenarioMetricsStore((s) => s.value?.evaluation ?? null);
  const stale = useScenarioMetricsStore((s) => s.stale);
  const qualifications = useActiveQualifications();
  const names = useMemo(() => namesFrom(locations, qualifications), [locations, qualifications]);
  const regions = useMemo(() => {
    const table = result?.regions.find((r) => r.layer === layer);
    return table ? changedRegions(regionRows(table, s.customRegionName)) : [];
  }, [result, layer, s.customRegionName]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const current = niveau !== null && result !== null && result.niveau === niveau ? result : null;

  useEffect(() => {
    document.documentElement.classList.add(OPEN_CLASS);
    headingRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      document.documentElement.classList.remove(OPEN_CLASS);
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);

  return createPortal(
    <div className="report" role="dialog" aria-modal="true" aria-labelledby="report-title" data-testid="report">
      <div className="report-actions">
        <button type="button" onClick={() => window.print()} data-testid="report-print">
          {t.reportPrint}
        </button>
        <button type="button" onClick={onClose} data-testid="report-close">
          {t.reportClose}
        </button>
      </div>
      <article className="report-page">
        <header className="report-section">
          <p className="report-kicker">
            {t.imageTitle} · {t.reportTitle}
          </p>
          <h1 id="report-title" ref={headingRef} tabIndex={-1} data-testid="report-scenario-name">
            {scenario.name}
          </h1>
          <p>{t.reportDate(formatExportDate(date, lang))}</p>
          {current && <p>{t.reportFor(travel.niveauNames[current.niveau], current.limit)}</p>}
          {current && (
            <p className={current.jaar === DEFAULT_JAAR ? undefined : 'jaar-label'} data-testid="report-jaar">
              {jaarLine(current.jaar, lang)}
            </p>
          )}
          <ModelledLabel variant="banner" showDetail standalone />
        </header>

        <section className="report-section" aria-labelledby="report-edits">
          <h2 id="report-edits">{t.reportEditsTitle}</h2>
          {scenario.edits.length === 0 ? (
            <p>{t.reportNoEdits}</p>
          ) : (
            <ol className="report-edits" data-testid="report-edits">
              {scenario.edits.map((edit, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: edits are positional; the same edit may occur twice
                <li key={`${i}:${edit.op}:${edit.crebo}`}>{describeEdit(edit, names, s)}</li>
              ))}
            </ol>
          )}
        </section>

        <section className="report-section" aria-labelledby="report-national">
          <h2 id="report-national">{t.reportNationalTitle}</h2>
          {niveau === null ? (
            <p>{t.reportNoFigures}</p>
          ) : !current ? (
            <p>{t.reportComputing}</p>
          ) : (
            <table className="report-table" aria-busy={stale} data-testid="report-figures">
              <thead>
                <tr>
                  <th scope="col">{s.colMetric}</th>
                  <th scope="col">{s.colBefore}</th>
                  <th scope="col">{s.colAfter}</th>
                  <th scope="col">{s.colDiff}</th>
                </tr>
              </thead>
              <tbody>
                {METRIC_ROWS.map((row) => (
                  <tr key={row.key} data-metric={row.key}>
                    <th scope="row">{s[row.key]}</th>
                    <td>
                      <FigureCell row={row} side={current.before} f={f} people={s.people} />
                    </td>
                    <td>
                      <FigureCell row={row} side={current.after} f={f} people={s.people} />
                    </td>
                    <td>
                      <DiffCell row={row} from={current.before} to={current.after} f={f} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {current && <p className="report-note">{s.countNote}</p>}
        </section>

        <section className="report-section report-map" aria-labelledby="report-map">
          <h2 id="report-map">{t.reportMapTitle}</h2>
          {mapImage ? (
            <img src={mapImage} alt={t.reportMapTitle} data-testid="report-map-image" />
          ) : (
            <p>{t.reportMapNoImage}</p>
          )}
        </section>

        {current && (
          <section className="report-section report-regions" aria-labelledby="report-regions">
            <h2 id="report-regions">{t.reportRegionsTitle(s.regionLayers[layer])}</h2>
            {regions.length === 0 ? (
              <p>{t.reportNoRegionChange}</p>
            ) : (
              <>
                <p className="report-note">{t.reportRegionsChangedOnly}</p>
                <table className="report-table" data-testid="report-regions">
                  <thead>
                    <tr>
                      <th scope="col">{s.colRegion}</th>
                      <th scope="col">{s.colPopulation}</th>
                      <th scope="col">{s.colShareBefore}</th>
                      <th scope="col">{s.colShareAfter}</th>
                      <th scope="col">{s.colShareDiff}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {regions.map((r) => (
                      <tr key={r.code}>
                        <th scope="row">{r.name}</th>
                        <td>{f.count(r.population)}</td>
                        <td>{f.share(r.shareBefore)}</td>
                        <td>{f.share(r.shareAfter)}</td>
                        <td>
                          {f.signedPoints(shareDiff(r))} ({f.signedCount(r.reachedAfter - r.reachedBefore)})
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </section>
        )}

        <section className="report-section report-sources" aria-labelledby="report-sources">
          <h2 id="report-sources">{t.reportSourcesTitle}</h2>
          <ul>
            {manifest.sources.map((source) => (
              <li key={source.id}>
                <strong>{source.title}</strong> — {source.attribution} ({source.licence})
              </li>
            ))}
          </ul>
        </section>
      </article>
    </div>,
    document.body,
  );
}
