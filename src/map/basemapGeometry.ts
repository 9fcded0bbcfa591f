import type { FeatureCollection, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FilterRegionLayer } from '../state/view.ts';

/** GeoJSON for the basemap, converted once from the two bundled topologies. */
export interface BasemapGeometry {
  /** NL land: the lakes, the Wadden Sea and the Zeeland waters are holes or gaps in it. */
  land: FeatureCollection;
  /** Neighbouring countries, greyed for context. */
  countries: FeatureCollection;
  /** Borders between gemeenten, each drawn once. */
  gemeenteBorders: MultiLineString;
  /** Borders between provinces, each drawn once. */
  provincieBorders: MultiLineString;
  /** The region areas per layer, for outlining the region a filter selects. */
  regions: Record<FilterRegionLayer, FeatureCollection>;
}

/** regions.topojson object of each region layer, and the property holding its region key. */
const REGION_OBJECTS: Record<FilterRegionLayer, { object: string; key: string }> = {
  provincie: { object: 'provincies', key: 'naam' },
  amr: { object: 'arbeidsmarktregios', key: 'code' },
  rmc: { object: 'rmc', key: 'code' },
  gemeente: { object: 'gemeenten', key: 'code' },
  krimp: { object: 'krimp', key: 'regio' },
};

function collection(topology: Topology, name: string): FeatureCollection {
  return feature(topology, topology.objects[name] as GeometryCollection) as FeatureCollection;
}

/** Only shared arcs (a ≠ b): the coastline is already the edge of the land fill. */
function innerBorders(topology: Topology, name: string): MultiLineString {
  return mesh(topology, topology.objects[name] as GeometryCollection, (a, b) => a !== b);
}

export function basemapGeometry(basemap: Topology, regions: Topology): BasemapGeometry {
  const regionCollections = Object.fromEntries(
    Object.entries(REGION_OBJECTS).map(([layer, { object }]) => [layer, collection(regions, object)]),
  ) as Record<FilterRegionLayer, FeatureCollection>;
  return {
    land: collection(basemap, 'land'),
    countries: collection(basemap, 'countries'),
    gemeenteBorders: innerBorders(regions, 'gemeenten'),
    provincieBorders: innerBorders(regions, 'provincies'),
    regions: regionCollections,
  };
}

/** The area(s) of one region (same keys as regionKeyOfLocation); empty when no region is chosen. */
export function regionArea(geometry: BasemapGeometry, layer: FilterRegionLayer, key: string | null): FeatureCollection {
  const property = REGION_OBJECTS[layer].key;
  return {
    type: 'FeatureCollection',
    features: key === null ? [] : geometry.regions[layer].features.filter((f) => f.properties?.[property] === key),
  };
}
