import { useMemo, useState } from 'react';
import type { CoreGeodata } from '../data/queries/useCoreGeodata.ts';
import { useEarlyWarningT } from '../i18n/early-warning.ts';
import { useT } from '../i18n/index.ts';
import { useJaarT } from '../i18n/jaar.ts';
import { useScenarioT } from '../i18n/scenario.ts';
import { useSectorT } from '../i18n/sector.ts';
import { mapAttribution } from '../map/map-attribution.ts';
import { ImportPanel } from '../panels/aanbod/ImportPanel.tsx';
import { LocationProgrammes } from '../panels/aanbod/LocationProgrammes.tsx';
import { OfferFilters } from '../panels/aanbod/OfferFilters.tsx';
import { SectorCounts } from '../panels/aanbod/SectorCounts.tsx';
import { EarlyWarningPanel } from '../panels/early-warning/EarlyWarningPanel.tsx';
import { PanelTabs } from '../panels/early-warning/PanelTabs.tsx';
import { ExportMenu } from '../panels/export/ExportMenu.tsx';
import { IndicatorPanel } from '../panels/indicators/IndicatorPanel.tsx';
import { InstitutionProfile, InstitutionProfileButton } from '../panels/institution/InstitutionProfile.tsx';
import { JaarControl } from '../panels/jaar/JaarControl.tsx';
import { LocationPanel } from '../panels/location/LocationPanel.tsx';
import { LocationListPanel } from '../panels/locations/LocationListPanel.tsx';
import { PlacementPanel } from '../panels/placement/PlacementPanel.tsx';
import { CatchmentList } from '../panels/population/CatchmentList.tsx';
import { LocationCatchment } from '../panels/population/LocationCatchment.tsx';
import { PopulationChangePanel } from '../panels/population/PopulationChangePanel.tsx';
import { ScenarioPanel } from '../panels/scenario/ScenarioPanel.tsx';
import { SearchBox } from '../panels/search/SearchBox.tsx';
import { SectorPanel } from '../panels/sector/SectorPanel.tsx';
import { SourcesDialog } from '../panels/sources/SourcesDialog.tsx';
import { TravelMapOverlay } from '../panels/travel/TravelMapOverlay.tsx';
import { TravelPanel } from '../panels/travel/TravelPanel.tsx';
import { earlyWarningShown, useEarlyWarningViewStore } from '../state/early-warning-view.ts';
import { useSelectionStore } from '../state/selection.ts';
import { useIndicatorMap } from '../state/useIndicatorMap.ts';
import { useIndicatorBootstrap } from '../state/useIndicatorValues.ts';
import { useVisibleLocations } from '../state/useVisibleLocations.ts';
import { useViewStore } from '../state/view.ts';
import { isReadOnly, useWeergaveStore } from '../state/weergave.ts';
import { LazyDetails } from '../ui/LazyDetails.tsx';
import { ModelledBanner, ModelledBannerScope } from '../ui/ModelledLabel.tsx';
import { useIsNarrow } from '../ui/useMediaQuery.ts';
import { CollapsiblePanel } from './CollapsiblePanel.tsx';
import { LanguageToggle } from './LanguageToggle.tsx';
import { HeaderMenu } from './layout/HeaderMenu.tsx';
import { MapLegend } from './layout/MapLegend.tsx';
import { PanelSheet } from './layout/PanelSheet.tsx';
import { OfferLoadError } from './OfferLoadError.tsx';
import { MapStage } from './presentation/MapStage.tsx';
import { PresentationControls } from './presentation/PresentationControls.tsx';
import { PublicIntro } from './public/PublicIntro.tsx';
import { PublicScenarioPanel } from './public/PublicScenarioPanel.tsx';
import { UpdateNotice } from './UpdateNotice.tsx';
import { UrlErrorNotice } from './UrlErrorNotice.tsx';
import { useOffer } from './useOffer.ts';
import { useRuntime } from './useRuntime.ts';

/** The screen once the data is in: header, side panels and the map filling the rest. */
export function AppLayout({ data }: { data: CoreGeodata }) {
  const t = useT();
  const scenarioT = useScenarioT();
  const sectorT = useSectorT();
  const earlyWarningT = useEarlyWarningT();
  const jaarT = useJaarT();
  const weergave = useWeergaveStore((s) => s.weergave);
  const readOnly = useWeergaveStore(isReadOnly);
  const [sourcesOpen, setSourcesOpen] = useState(false);
  const narrow = useIsNarrow();
  const signalering = earlyWarningShown(
    useEarlyWarningViewStore((s) => s.open),
    weergave,
  );
  const selected = useSelectionStore((s) => s.brinvest);
  const select = useSelectionStore((s) => s.select);
  const flyTo = useViewStore((s) => s.flyTo);
  const offerFilter = useViewStore((s) => s.offerFilter);
  const setOfferFilter = useViewStore((s) => s.setOfferFilter);
  const offer = useOffer(data.locations);
  useRuntime(data);
  useIndicatorBootstrap();
  const indicatorMap = useIndicatorMap(offer.status === 'ready' ? offer.offer : null);
  const offerPlaces = offer.status === 'ready' ? offer.offerPlaces : null;
  const places = useMemo(
    () => intersectPlaces(offerPlaces, indicatorMap.smallPlaces),
    [offerPlaces, indicatorMap.smallPlaces],
  );
  const visible = useVisibleLocations(data.locations, places);
  const visibleIds = useMemo(() => new Set(visible.map((l) => l.brinvest)), [visible]);
  const attribution = useMemo(() => mapAttribution(data.manifest), [data.manifest]);
  const location = useMemo(
    () => data.locations.find((l) => l.brinvest === selected) ?? null,
    [data.locations, selected],
  );
  const institution = useMemo(
    () => (location ? (data.institutions.find((i) => i.brin === location.brin) ?? null) : null),
    [data.institutions, location],
  );

  const offerFilters =
    offer.status === 'ready' ? (
      <OfferFilters
        offer={offer.offer}
        qualifications={offer.qualifications}
        value={offerFilter}
        onChange={setOfferFilter}
      />
    ) : offer.status === 'error' ? (
      <OfferLoadError error={offer.error} />
    ) : (
      <p className="muted">{t.offerLoading}</p>
    );
  const offerSections = offer.status === 'ready' && (
    <>
      <details className="panel-details">
        <summary>{t.offerTitle}</summary>
        <SectorCounts offer={offer.offer} places={visibleIds} />
      </details>
      {!readOnly && (
        <details className="panel-details">
          <summary>{t.importSection}</summary>
          <ImportPanel locations={data.locations} />
        </details>
      )}
      {!readOnly && (
        <details className="panel-details">
          <summary>{t.indicatorSection}</summary>
          <IndicatorPanel offer={offer.offer} />
        </details>
      )}
    </>
  );

  const leftPanel = (
    <CollapsiblePanel side="left" label={t.listTitle}>
      {narrow && !readOnly && (
        <p className="larger-screen-note" role="note">
          {t.largerScreen}
        </p>
      )}
      {readOnly && <PublicIntro onOpenSources={() => setSourcesOpen(true)} />}
      <SearchBox institutions={data.institutions} locations={data.locations} places={data.places} />
      <TravelPanel offer={offer.status === 'ready' ? offer.offer : null} />
      <LocationListPanel
        locations={data.locations}
        institutions={data.institutions}
        gemeenten={data.gemeenten}
        visible={visible}
        moreFilters={offerFilters}
        beforeList={offerSections}
      />
    </CollapsiblePanel>
  );
  const rightPanel = (
    <CollapsiblePanel
      side="right"
      label={weergave === 'sector' ? sectorT.title : signalering ? earlyWarningT.tab : scenarioT.title}
    >
      {offer.status === 'ready' && (
        <PlacementPanel
          locations={data.locations}
          institutions={data.institutions}
          qualifications={offer.qualifications}
        />
      )}
      {location && (
        <section className="panel-section" aria-label={t.locationPanelTitle}>
          <LocationPanel location={location} institution={institution} onClose={() => select(null)}>
            {offer.status === 'ready' && <LocationProgrammes offer={offer.offer} vestiging={location.brinvest} />}
            <LocationCatchment vestiging={location.brinvest} />
            <InstitutionProfileButton brin={location.brin} />
          </LocationPanel>
        </section>
      )}
      <LazyDetails
        className="panel-details"
        data-testid="population-details"
        summary={<summary>{jaarT.changeTitle}</summary>}
      >
        <PopulationChangePanel />
        <CatchmentList locations={data.locations} />
      </LazyDetails>
      <section className="panel-section">
        {weergave === 'sector' ? (
          <SectorPanel data={data} offer={offer} />
        ) : readOnly ? (
          <PublicScenarioPanel locations={data.locations} gemeenten={data.gemeenten} />
        ) : (
          <>
            <PanelTabs />
            {signalering ? (
              <EarlyWarningPanel locations={data.locations} />
            ) : (
              <ScenarioPanel locations={data.locations} gemeenten={data.gemeenten} />
            )}
          </>
        )}
      </section>
    </CollapsiblePanel>
  );

  // One persistent banner carries the modelled label for the whole screen; the panels' and
  // legends' own labels stay away under it (ModelledBannerScope), exports keep theirs.
  return (
    <ModelledBannerScope>
      <div className="app" data-weergave={weergave} data-signalering={signalering} data-narrow={narrow}>
        <header className="app-header">
          <div className="brand">
            <h1>{t.appTitle}</h1>
            <p>{t.appSubtitle}</p>
          </div>
          <HeaderMenu>
            <JaarControl />
            <PresentationControls />
            <ExportMenu manifest={data.manifest} locations={data.locations} />
            <button type="button" className="header-button" onClick={() => setSourcesOpen(true)}>
              {t.sourcesTitle}
            </button>
            <LanguageToggle />
          </HeaderMenu>
        </header>
        <ModelledBanner />
        <UpdateNotice />
        <UrlErrorNotice />
        <div className="app-body">
          {/* The panels come first in the document (and in the tab order): on a narrow screen
              they are the bottom sheet, on a wide one they sit left and right of the map. */}
          <PanelSheet>
            {leftPanel}
            {rightPanel}
          </PanelSheet>
          <main className="map-area" aria-label={t.map}>
            <MapStage
              data={data}
              attribution={attribution}
              visibleLocations={visible}
              locationRadius={indicatorMap.radius}
            />
            <div className="map-corner map-corner-top-left">
              <button type="button" className="map-reset" onClick={() => flyTo('netherlands')}>
                {t.resetView}
              </button>
              <MapLegend locations={data.locations} />
            </div>
            <TravelMapOverlay />
          </main>
        </div>
        <SourcesDialog manifest={data.manifest} open={sourcesOpen} onClose={() => setSourcesOpen(false)} />
        <InstitutionProfile locations={data.locations} />
      </div>
    </ModelledBannerScope>
  );
}

/** The places both filters allow; null (no restriction) when neither is active. */
function intersectPlaces(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): ReadonlySet<string> | null {
  if (!a || !b) return a ?? b;
  return new Set([...a].filter((id) => b.has(id)));
}
