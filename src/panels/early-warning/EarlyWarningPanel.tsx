import { useId, useMemo, useState } from 'react';
import type { Location } from '../../data/geodata/index.ts';
import { indicatorCsvColumn } from '../../data/indicators/csv-column.ts';
import { earlyWarningCsv } from '../../engine/analysis/index.ts';
import type { Niveau } from '../../engine/offer/types.ts';
import { DEFAULT_JAAR } from '../../engine/population/years.ts';
import { aanbodMessages } from '../../i18n/aanbod.ts';
import { earlyWarningMessages, useEarlyWarningT } from '../../i18n/early-warning.ts';
import { describeScenarioRefusal } from '../../i18n/edit-problem.ts';
import { useResultErrorText } from '../../i18n/input-issue.ts';
import { useJaarT } from '../../i18n/jaar.ts';
import { useLanguageStore } from '../../i18n/language.ts';
import { activeOfferFile, useDatasetStore } from '../../state/dataset.ts';
import { useEarlyWarningStore } from '../../state/early-warning.ts';
import { useEarlyWarningViewStore } from '../../state/early-warning-view.ts';
import { useIndicatorStore } from '../../state/indicators.ts';
import { type ScenarioRefusal, useScenarioStore } from '../../state/scenario.ts';
import { checkAgainst } from '../../state/scenario-metrics.ts';
import { type EarlyWarningRow, sortEarlyWarningRows } from '../../state/selectors/early-warning-rows.ts';
import { useEarlyWarningRows } from '../../state/useEarlyWarningRows.ts';
import { useIndicatorValues } from '../../state/useIndicatorValues.ts';
import { useViewStore } from '../../state/view.ts';
import { ModelledLabel } from '../../ui/ModelledLabel.tsx';
import { downloadCsvText } from '../export/download.ts';
import { jaarLine } from '../export/export-context.ts';
import { EarlyWarningTable } from './EarlyWarningTable.tsx';

const NIVEAUS: Niveau[] = [1, 2, 3, 4];
/** Rows drawn at once: the largest first; the export always holds all of them. */
const SHOWN_ROWS = 250;

/**
 * Signalering: the national table of programme-locations of one niveau with their sole reach
 * and extra minutes, streamed in crebo by crebo; filters (niveau, domain here; region and
 * institution from the location list), CSV export, and one click to stop a row as a scenario
 * edit (the right panel then shows the scenario with that stop).
 */
export function EarlyWarningPanel({ locations }: { locations: readonly Location[] }) {
  const t = useEarlyWarningT();
  const jaarT = useJaarT();
  const id = useId();
  const result = useEarlyWarningStore();
  const errorText = useResultErrorText(result);
  const lang = useLanguageStore((s) => s.lang);
  const sort = useEarlyWarningViewStore((s) => s.sort);
  const sortBy = useEarlyWarningViewStore((s) => s.sortBy);
  const setOpen = useEarlyWarningViewStore((s) => s.setOpen);
  const niveau = useViewStore((s) => s.niveau);
  const setNiveau = useViewStore((s) => s.setNiveau);
  const offerFilter = useViewStore((s) => s.offerFilter);
  const setOfferFilter = useViewStore((s) => s.setOfferFilter);
  const active = useDatasetStore((s) => s.activeOffer);
  const file = useDatasetStore(activeOfferFile);
  const addEdit = useScenarioStore((s) => s.addEdit);
  const rows = useEarlyWarningRows(locations);
  const sorted = useMemo(() => sortEarlyWarningRows(rows, sort), [rows, sort]);
  const table = result.value;
  const domains = useMemo(() => active?.offer.domains() ?? [], [active]);
  const figures = useIndicatorValues(active?.offer ?? null);
  const indicators = useMemo(() => figures.map((v) => v.indicator), [figures]);
  const smallChoice = useIndicatorStore((s) => s.small);
  const smallIndicator = indicators.find((i) => i.id === smallChoice?.indicatorId);
  const small = smallChoice && smallIndicator ? { name: smallIndicator.name, threshold: smallChoice.threshold } : null;

  const [refused, setRefused] = useState<ScenarioRefusal | null>(null);
  const stop = (row: EarlyWarningRow) => {
    if (!active) return;
    if (addEdit({ op: 'stop', crebo: row.location.crebo, vestiging: row.location.vestiging }, checkAgainst(active))) {
      setRefused(null);
      setOpen(false);
    } else {
      // The scenario panel is not on screen: say here why the stop was not added.
      setRefused(useScenarioStore.getState().refusal);
    }
  };
  const exportCsv = () => {
    if (!table) return;
    // Like the other exports, the CSV's notes are in Dutch whatever the UI language.
    const importedOffer =
      table.modelled || !file ? null : aanbodMessages.nl.importedLabel(file.provenance.source, file.provenance.date);
    const title = `${earlyWarningMessages.nl.niveauName(table.niveau)}, ${earlyWarningMessages.nl.limit(table.limit).toLowerCase()}`;
    const csv = earlyWarningCsv(sorted, {
      importedOffer,
      title,
      population: jaarLine(table.jaar, 'nl'),
      indicators: indicators.map(indicatorCsvColumn),
      small: small && { note: earlyWarningMessages.nl.smallTitle(small.name, small.threshold) },
    });
    downloadCsvText(
      csv,
      `signalering-niveau-${table.niveau}${table.jaar === DEFAULT_JAAR ? '' : `-${table.jaar}`}.csv`,
    );
  };

  return (
    <div className="early-warning" data-testid="early-warning" data-status={result.status}>
      <h2>{t.title}</h2>
      <p className="ew-note">{t.intro}</p>
      <ModelledLabel />
      <div className="ew-filters">
        <div className="field">
          <label htmlFor={`${id}-niveau`}>{t.niveau}</label>
          <select
            id={`${id}-niveau`}
            value={niveau ?? ''}
            onChange={(e) => setNiveau(e.target.value ? (Number(e.target.value) as Niveau) : null)}
          >
            <option value="">{t.chooseNiveau}</option>
            {NIVEAUS.map((n) => (
              <option key={n} value={n}>
                {t.niveauName(n)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-domain`}>{t.domain}</label>
          <select
            id={`${id}-domain`}
            value={offerFilter.domains.length === 1 ? offerFilter.domains[0] : ''}
            onChange={(e) => setOfferFilter({ ...offerFilter, domains: e.target.value ? [e.target.value] : [] })}
          >
            <option value="">{t.allDomains}</option>
            {domains.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="ew-note">{t.filtersNote}</p>
      {table && (
        <p
          className="ew-note"
          aria-live="polite"
          data-testid="early-warning-progress"
          data-done={table.done}
          data-total={table.total}
        >
          {t.limit(table.limit)}; <span data-testid="early-warning-jaar">{jaarT.countedIn(table.jaar)}</span>.{' '}
          {result.status === 'computing' || table.done < table.total
            ? t.progress(table.done, table.total)
            : t.progressDone(table.total, table.locations.length)}
        </p>
      )}
      {table && table.jaar !== DEFAULT_JAAR && <p className="jaar-label">{jaarT.label}</p>}
      {result.stale && <p className="ew-note">{t.staleNote}</p>}
      {result.status === 'error' && errorText && <p role="alert">{t.error(errorText)}</p>}
      {refused !== null && <p role="alert">{t.stopRefused(describeScenarioRefusal(refused, lang))}</p>}
      {small && smallChoice?.onlySmall && (
        <p className="ew-note" data-testid="ew-only-small">
          {t.onlySmallNote(small.name, small.threshold)}
        </p>
      )}
      {table && (
        <>
          <div className="sector-export">
            <button
              type="button"
              className="sector-export-button"
              onClick={exportCsv}
              data-testid="early-warning-export"
            >
              {t.exportCsv}
            </button>
            {table.done < table.total && <span className="muted">{t.exportIncomplete}</span>}
          </div>
          {sorted.length === 0 ? (
            <p>{t.noRows}</p>
          ) : (
            <>
              <p className="ew-note">{t.shown(Math.min(SHOWN_ROWS, sorted.length), sorted.length)}</p>
              <EarlyWarningTable
                rows={sorted.slice(0, SHOWN_ROWS)}
                sort={sort}
                onSort={sortBy}
                stale={result.stale}
                onStop={stop}
                indicators={indicators}
                small={small}
              />
            </>
          )}
          <p className="ew-note">
            {t.mapLegend}. {t.sources}
          </p>
        </>
      )}
    </div>
  );
}
