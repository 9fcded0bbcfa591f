import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection } from 'geojson';
import { useMemo } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { usePopulationViewStore, type ChangeLayer } from '../../state/population-view.ts';
import { usePopulationChangeStore } from '../../state/population.ts';
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

/**
 * The change of the 15–24 population 2021 → 2031 as a choropleth of the chosen region layer
 * (sequential purple: darker is a steeper decline), when the change panel asks for it.
 */
export function usePopulationChangeLayer(regions: Topology): Layer | null {
  const { layer, onMap } = usePopulationViewStore();
  const { value, version } = usePopulationChangeStore();
  const features = useMemo(
    () => feature(regions, regions.objects[OBJECTS[layer].object] as GeometryCollection) as FeatureCollection,
    [regions, layer],
  );
  return useMemo(() => {
    const table = value?.[layer];
    if (!onMap || !table) return null;
    const relative = new Map(table.regions.map((r) => [r.code, r.relative]));
    return new GeoJsonLayer({
      id: POPULATION_CHANGE_LAYER_ID,
      data: features,
      filled: true,
      stroked: true,
      getFillColor: (f: Feature) => changeColour(relative.get(OBJECTS[layer].code(f)) ?? null),
      getLineColor: [255, 255, 255, 160],
      lineWidthMinPixels: 0.5,
      pickable: false,
      updateTriggers: { getFillColor: [version, layer] },
    });
  }, [features, value, version, layer, onMap]);
}
