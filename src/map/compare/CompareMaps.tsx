import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Location } from '../../data/geodata/index.ts';
import type { CoreGeodata } from '../../data/queries/useCoreGeodata.ts';
import { useGrid } from '../../data/queries/useGeodata.ts';
import { usePresentationT } from '../../i18n/presentation.ts';
import { useScenarioT } from '../../i18n/scenario.ts';
import { useViewStore } from '../../state/view.ts';
import { GAIN_COLOUR, LOSS_COLOUR } from '../delta/delta-colours.ts';
import { Swatch } from '../LegendSection.tsx';
import { MapView } from '../MapView.tsx';
import { buildCellList } from '../travel/cell-list.ts';
import { useTravelLayers } from '../travel/useTravelLayers.ts';
import { linkCameras } from './link-cameras.ts';
import { useCaptionRowHeight } from './useCaptionRowHeight.ts';
import { useCompareDeltaLayer } from './useCompareDeltaLayer.ts';
import './compare.css';

interface CompareMapsProps {
  data: CoreGeodata;
  attribution: readonly string[];
  visibleLocations: readonly Location[];
  /** Told the map that keys and other app-wide controls should move (the left one). */
  onLeadMapChange?: (map: MapLibreMap | null) => void;
}

/** Test handle: the browser tests check that the two cameras stay linked. */
declare global {
  interface Window {
    __regiekaartCompare?: { before: MapLibreMap; after: MapLibreMap };
  }
}

interface PaneProps extends Omit<CompareMapsProps, 'onLeadMapChange'> {
  showAfter: boolean;
  onMapChange(map: MapLibreMap | null): void;
}

/** One side: the travel field and the delta layer fixed to before or after, on its own map. */
function ComparePane({ data, attribution, visibleLocations, showAfter, onMapChange }: PaneProps) {
  const t = usePresentationT();
  const scenarioT = useScenarioT();
  const grid = useGrid().data;
  const cells = useMemo(() => (grid ? buildCellList(grid) : null), [grid]);
  const travel = useTravelLayers();
  const delta = useCompareDeltaLayer(cells, showAfter);
  const layers = useMemo(() => (delta ? [...travel.layers, delta] : travel.layers), [travel, delta]);
  const niveau = useViewStore((s) => s.niveau);
  const title = showAfter ? t.compareAfter : t.compareBefore;
  const side = showAfter ? 'after' : 'before';
  return (
    <section className="compare-pane" aria-labelledby={`${side}-title`} data-testid={`compare-${side}`}>
      <div className="compare-caption">
        <h2 id={`${side}-title`}>{title}</h2>
        {niveau === null
          ? showAfter && <p>{t.compareNoNiveau}</p>
          : showAfter &&
            delta && (
              <ul>
                <li>
                  <Swatch colour={GAIN_COLOUR} className="compare-swatch" />
                  {scenarioT.deltaGain}
                </li>
                <li>
                  <Swatch colour={LOSS_COLOUR} className="compare-swatch" />
                  {scenarioT.deltaLoss}
                </li>
              </ul>
            )}
      </div>
      <div className="compare-map">
        <MapView
          data={data}
          attribution={attribution}
          visibleLocations={visibleLocations}
          layersBelowLocations={layers}
          lines={travel.lines}
          onMapChange={onMapChange}
        />
      </div>
    </section>
  );
}

/**
 * Before and after side by side: two maps on the same data whose cameras follow each other.
 * The left shows the situation before the scenario, the right the gains and losses after it.
 */
export function CompareMaps({ onLeadMapChange, ...shared }: CompareMapsProps) {
  const t = usePresentationT();
  const [before, setBefore] = useState<MapLibreMap | null>(null);
  const [after, setAfter] = useState<MapLibreMap | null>(null);
  const root = useRef<HTMLDivElement>(null);
  useCaptionRowHeight(root);
  useEffect(() => {
    if (!before || !after) return;
    const unlink = linkCameras([before, after]);
    window.__regiekaartCompare = { before, after };
    onLeadMapChange?.(before);
    return () => {
      unlink();
      delete window.__regiekaartCompare;
      onLeadMapChange?.(null);
    };
  }, [before, after, onLeadMapChange]);
  return (
    <div ref={root} className="compare-maps" role="group" aria-label={t.compareMaps} data-testid="compare-maps">
      <ComparePane {...shared} showAfter={false} onMapChange={setBefore} />
      <ComparePane {...shared} showAfter onMapChange={setAfter} />
    </div>
  );
}
