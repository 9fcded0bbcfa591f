import type { Layer } from '@deck.gl/core';
import { type ComponentProps, useMemo } from 'react';
import { CompareMaps } from '../../map/compare/CompareMaps.tsx';
import { MapView } from '../../map/MapView.tsx';
import { joinOverlays } from '../../map/overlay-lines.ts';
import { usePopulationChangeLayer } from '../../map/population/usePopulationChangeLayer.ts';
import { useWeergaveStore } from '../../state/weergave.ts';
import { useAnalysisLayers } from '../useAnalysisLayers.ts';
import { usePresentationStore } from './presentation-store.ts';

type MapStageProps = Omit<ComponentProps<typeof MapView>, 'onMapChange' | 'layersBelowLocations' | 'lines'>;

const NO_LAYERS: readonly Layer[] = [];

/**
 * The map area's map: the single map, or in the presentation's compare layout the two linked
 * maps instead. Either way it tells the presentation store which map the keys move. It reads the
 * analysis layers itself: they follow every scenario result, and only the map has to re-render
 * for those, not the whole layout around it.
 */
export function MapStage(props: MapStageProps) {
  const analysis = useAnalysisLayers(props.data.locations);
  const change = usePopulationChangeLayer(props.data.regions);
  // The choropleth, when asked for, lies over the travel field: it is what the user chose to see.
  const overlay = useMemo(() => (change ? joinOverlays([analysis, change]) : analysis), [change, analysis]);
  const compare = usePresentationStore((s) => s.compare);
  const presenting = useWeergaveStore((s) => s.weergave) === 'presentatie';
  const setKeyMap = usePresentationStore((s) => s.setKeyMap);
  const comparing = compare && presenting;
  // A deck.gl layer instance belongs to the deck that first drew it. Leaving the compare layout
  // creates a new map (and deck) while the caller's layers are unchanged, so it gets copies.
  const layers = useMemo(
    () => (comparing ? NO_LAYERS : overlay.layers.map((layer) => layer.clone({}))),
    [comparing, overlay.layers],
  );
  if (comparing) {
    return (
      <CompareMaps
        data={props.data}
        attribution={props.attribution}
        visibleLocations={props.visibleLocations}
        onLeadMapChange={setKeyMap}
      />
    );
  }
  return <MapView {...props} layersBelowLocations={layers} lines={overlay.lines} onMapChange={setKeyMap} />;
}
