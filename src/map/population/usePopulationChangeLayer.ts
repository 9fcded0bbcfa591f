import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { useMemo } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { usePopulationChangeStore } from '../../state/population.ts';
import { type ChangeLayer, usePopulationViewStore } from '../../state/population-view.ts';
import { BASEMAP_LAYER_IDS } from '../basemap-style.ts';
import { beneathStyleLayer } from '../beneath-style-layer.ts';
import type { MapOverlay } from '../overlay-lines.ts';
import { changeColour } from './change-colours.ts';

export const POPULATION_CHANGE_LAYER_ID = 'population-change';

/** regions.topojson object of each change layer, and how a feature's region code is read. */
const OBJECTS: Record<ChangeLayer, { object: string; code(f: Feature): string }> = {
  gemeente: { object: 'gemeenten', code: (f) => String(f.properties?.code) },
  arbeidsmarktregio: { object: 'arbeidsmarktregios', code: (f) => String(f.properties?.code) },
  rmc: { object: 'rmc', code: (f) => String(f.properties?.code) },
  provincie: { object: 'provincies', code: (f) => String(f.properties?.naam) },
  krimp: { object: 'krimp', code: (f) => `${f.properties?.type}|${f.properties?.regio}` },
};

const BORDER_COLOUR: [number, number, number, number] = [255, 255, 255, 160];

/** Every ring of the regions' polygons, as the border lines between them. */
function borderPaths(features: FeatureCollection): [number, number][][] {
  return features.features.flatMap((f) => {
    const geometry = f.geometry as Polygon | MultiPolygon;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    return polygons.flat() as [number, number][][];
  });
}

/**
 * The change of the 15–24 population 2021 → 2031 as a choropleth of the chosen region layer
 * (sequential purple: darker is a steeper decline), when the change panel asks for it: the fill
 * beneath the overlay lines and the region borders as lines over it.
 */
export function usePopulationChangeLayer(regions: Topology): MapOverlay | null {
  const { layer, onMap } = usePopulationViewStore();
  const { value, version } = usePopulationChangeStore();
  const features = useMemo(
    () => feature(regions, regions.objects[OBJECTS[layer].object] as GeometryCollection) as FeatureCollection,
    [regions, layer],
  );
  const borders = useMemo(() => borderPaths(features), [features]);
  return useMemo(() => {
    const table = value?.[layer];
    if (!onMap || !table) return null;
    const relative = new Map(table.regions.map((r) => [r.code, r.relative]));
    const fill = new GeoJsonLayer({
      id: POPULATION_CHANGE_LAYER_ID,
      data: features,
      filled: true,
      stroked: false,
      getFillColor: (f: Feature) => changeColour(relative.get(OBJECTS[layer].code(f)) ?? null),
      pickable: false,
      updateTriggers: { getFillColor: [version, layer] },
      ...beneathStyleLayer(BASEMAP_LAYER_IDS.overlayLines),
    });
    return { layers: [fill], lines: [{ paths: borders, colour: BORDER_COLOUR, widthPixels: 0.5 }] };
  }, [features, borders, value, version, layer, onMap]);
}
