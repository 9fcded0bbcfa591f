import { useMemo } from 'react';
import type { CoreGeodata } from '../../data/queries/useCoreGeodata.ts';
import { useGrid } from '../../data/queries/useGeodata.ts';
import { standardLayers } from '../../engine/metrics/regions.ts';
import { domainsOfChoice, SECTOR_GROUPINGS, type SectorChoice } from '../../engine/sector/groupings.ts';
import { countQualifications, figuresInScope, type SectorRow, sortRows } from '../../engine/sector/sector-table.ts';
import { numberFormats } from '../../i18n/format.ts';
import { useLanguageStore } from '../../i18n/language.ts';
import { usePlacementT } from '../../i18n/placement.ts';
import { useSectorT } from '../../i18n/sector.ts';
import { SmallMultiples } from '../../map/sector/SmallMultiples.tsx';
import type { OfferState } from '../../state/dataset.ts';
import { aggregate, programmeKey } from '../../state/indicator-values.ts';
import { useJaarStore } from '../../state/jaar.ts';
import { useSectorStore } from '../../state/sector.ts';
import { type SectorMetricsEntry, sectorEntryKey, useSectorMetricsStore } from '../../state/sector-metrics.ts';
import { useTravelStore } from '../../state/travel.ts';
import { useIndicatorValues } from '../../state/useIndicatorValues.ts';
import { ModelledLabel } from '../../ui/ModelledLabel.tsx';
import { ProviderSummaryCell } from '../placement/ProviderSummaryCell.tsx';
import { RegionScopeChooser } from './RegionScopeChooser.tsx';
import { SectorChooser } from './SectorChooser.tsx';
import { SectorExportButton } from './SectorExportButton.tsx';
import { SectorTable } from './SectorTable.tsx';
import { SMALL_MULTIPLES_CAP, spreadItems } from './spread-items.ts';
import './sector.css';

const NO_ENTRIES: Readonly<Record<string, SectorMetricsEntry>> = {};

/**
 * The btg sector view (`?weergave=sector`): choose a sector grouping or opleidingsdomein, see
 * its qualifications in a sortable table (locations, institutions, coverage, duplication) for
 * the whole country or one region, their spread as small maps, and export the table as CSV.
 * Everything is computed on the ACTIVE offer, so the modelled label shows whenever it applies.
 */
export function SectorPanel({ data, offer }: { data: CoreGeodata; offer: OfferState }) {
  const t = useSectorT();
  const placementT = usePlacementT();
  const lang = useLanguageStore((s) => s.lang);
  const { choice, layer: layerId, region, sort, setChoice, setLayer, setRegion, sortBy } = useSectorStore();
  const limits = useTravelStore((s) => s.limits);
  const jaar = useJaarStore((s) => s.jaar);
  const figures = useSectorMetricsStore((s) => s.value);
  const metricsError = useSectorMetricsStore((s) => s.error);
  const metricsReady = useSectorMetricsStore((s) => s.status === 'ready');
  const entries = figures?.entries ?? NO_ENTRIES;
  const grid = useGrid().data ?? null;
  const ready = offer.status === 'ready' ? offer.offer : null;

  const layers = useMemo(() => standardLayers(data.gemeenten), [data.gemeenten]);
  const layer = layers.find((l) => l.id === layerId) ?? layers[0];
  const regionIndex = region === null ? -1 : layer.codes.indexOf(region);
  const scope = useMemo(() => (regionIndex >= 0 ? { layer, region: regionIndex } : null), [layer, regionIndex]);

  const gemeenteOf = useMemo(() => {
    const index = new Map(data.gemeenten.map((g, i) => [g.code, i]));
    const byLocation = new Map(
      data.locations.map((l) => [l.brinvest, l.gemeente === null ? -1 : (index.get(l.gemeente) ?? -1)]),
    );
    return (vestiging: string) => byLocation.get(vestiging) ?? -1;
  }, [data.gemeenten, data.locations]);

  const domains = useMemo(() => (ready ? ready.domains() : []), [ready]);
  const chosenRows = useMemo(
    () => (ready && choice ? domainsOfChoice(choice, domains).flatMap((d) => ready.byDomain(d)) : []),
    [ready, choice, domains],
  );
  const counts = useMemo(
    () =>
      ready
        ? countQualifications(
            {
              rows: chosenRows,
              brinOf: (v) => ready.place(v)?.brin,
              gemeenteOf,
              qualification: (crebo) => ready.qualification(crebo),
              domainOf: (crebo) => ready.domainOfCrebo(crebo),
            },
            scope,
          )
        : [],
    [ready, chosenRows, gemeenteOf, scope],
  );

  const indicatorValues = useIndicatorValues(ready);
  // The user's figures within the scope: the country uses the records as joined; a region adds
  // up (or averages) the programme-locations that lie in it.
  const indicatorsOf = (c: (typeof counts)[number]) =>
    Object.fromEntries(
      indicatorValues.map((v) => {
        if (!scope) return [v.indicator.id, v.byCrebo.get(c.crebo) ?? null];
        const found = c.allPlaces
          .filter((place) => scope.layer.ofGemeente[gemeenteOf(place)] === scope.region)
          .flatMap((place) => v.byProgramme.get(programmeKey(c.crebo, place)) ?? []);
        return [v.indicator.id, found.length ? aggregate(found, v.indicator.aggregation) : null];
      }),
    );
  const providerColumn = useMemo(
    () => ({
      label: placementT.summaryColumn,
      help: placementT.summaryColumnHelp,
      cell: (crebo: string) => <ProviderSummaryCell crebo={crebo} />,
    }),
    [placementT],
  );

  const rows: SectorRow[] = counts.map((c) => {
    const entry = entries[c.crebo];
    const stale = entry !== undefined && (!ready || entry.key !== sectorEntryKey(ready, limits[c.niveau], jaar));
    return { ...c, figures: entry ? figuresInScope(entry.metrics, scope) : null, stale, indicators: indicatorsOf(c) };
  });
  const sorted = sortRows(rows, sort.key, sort.direction);
  const title = choice ? choiceTitle(choice, t) : '';
  const scopeName = scope ? `${t.layers[layerId]} ${layer.names[regionIndex]}` : t.allOfNl;

  const positions = useMemo(() => {
    const byId = new Map<string, readonly [number, number]>(
      data.locations.map((l) => [l.brinvest, [l.lon, l.lat] as const]),
    );
    return (id: string): readonly [number, number] | null => {
      const known = byId.get(id);
      if (known) return known;
      const cell = ready?.place(id)?.cell ?? -1;
      return grid && cell >= 0 ? [grid.lon[cell], grid.lat[cell]] : null;
    };
  }, [data.locations, ready, grid]);
  // Memoised: the per-niveau union touches every grid cell, and new items redraw the canvases.
  const multiples = useMemo(() => {
    const shareFormat = numberFormats(lang).share;
    const staleOf = (niveau: SectorRow['niveau'], key: string) =>
      !ready || key !== sectorEntryKey(ready, limits[niveau], jaar);
    const niveauOf = new Map(counts.map((c) => [c.crebo, c.niveau]));
    return spreadItems(
      counts,
      (crebo) => entries[crebo],
      (crebo, entry) => staleOf(niveauOf.get(crebo) ?? entry.metrics.niveau, entry.key),
    ).map((item) => {
      const points = item.places.map(positions).filter((p) => p !== null);
      const itemTitle = item.crebo ? `${item.crebo} ${item.naam}` : t.niveauTitle(item.niveau);
      return {
        key: item.key,
        title: itemTitle,
        points,
        covered: item.covered,
        stale: item.stale,
        label: t.mapLabel(itemTitle, item.places.length, item.share === null ? null : shareFormat(item.share)),
      };
    });
  }, [counts, entries, positions, ready, limits, jaar, lang, t]);

  const anyStale = rows.some((r) => r.stale);
  const limitsText = [...new Set(counts.map((c) => c.niveau))]
    .sort()
    .map((n) => `${t.niveauTitle(n)} ${limits[n]} min`)
    .join(', ');

  return (
    <section className="sector-panel" aria-labelledby="sector-title" data-testid="sector-panel">
      <div className="panel-heading">
        <h2 id="sector-title">{t.title}</h2>
      </div>
      <p className="muted">{t.intro}</p>
      <div className="sector-controls">
        <SectorChooser domains={domains} value={choice} onChange={setChoice} />
        <RegionScopeChooser layer={layer} region={region} onLayer={setLayer} onRegion={setRegion} />
      </div>
      {offer.status === 'pending' && <p className="muted">{t.offerLoading}</p>}
      {ready && !choice && <p className="muted">{t.nothingChosen}</p>}
      {ready && choice && counts.length === 0 && <p className="muted">{t.noQualifications}</p>}
      {ready && choice && counts.length > 0 && (
        <>
          <p className="sector-progress" role="status" data-testid="sector-progress">
            {metricsError
              ? t.metricsError(metricsError)
              : metricsReady && figures
                ? t.progressDone(figures.total)
                : t.progress(figures?.done ?? 0, figures?.total ?? counts.length)}
            {anyStale && ` ${t.staleNote}`}
          </p>
          <SectorTable
            rows={sorted}
            sort={sort}
            onSort={sortBy}
            indicators={indicatorValues.map((v) => v.indicator)}
            extra={providerColumn}
            caption={
              <>
                <span className="sector-caption-title">{t.tableCaption(title, scopeName)}</span>
                {/* The caption goes with the table when it is copied or printed. */}
                <ModelledLabel standalone />
                <span className="sector-caption-note">
                  {t.limits(limitsText)} {t.sortHint} {t.sources}
                </span>
              </>
            }
          />
          <SectorExportButton
            rows={sorted}
            title={`${title} — ${scopeName}`}
            region={scope ? { layer: layer.id, name: layer.names[regionIndex] } : null}
            incomplete={rows.some((r) => r.figures === null || r.stale)}
            indicators={indicatorValues.map((v) => v.indicator)}
          />
          <section className="sector-multiples" aria-labelledby="sector-multiples-title">
            <h3 id="sector-multiples-title">{t.multiplesTitle}</h3>
            <p className="muted">{t.multiplesIntro}</p>
            {counts.length > SMALL_MULTIPLES_CAP && (
              <p className="sector-cap-note" role="note">
                {t.multiplesPerNiveau(counts.length, SMALL_MULTIPLES_CAP)}
              </p>
            )}
            <SmallMultiples items={multiples} basemap={data.basemap} cells={grid} />
          </section>
        </>
      )}
    </section>
  );
}

function choiceTitle(choice: SectorChoice, t: ReturnType<typeof useSectorT>): string {
  if (choice.kind === 'domein') return t.domainChoice(choice.domein);
  return t.sectorChoice(SECTOR_GROUPINGS.find((g) => g.id === choice.id)?.naam ?? choice.id);
}
