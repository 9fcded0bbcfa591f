import { type UseQueryResult, useQueries } from '@tanstack/react-query';
import type { Topology } from 'topojson-specification';
import type { Gemeente, Institution, Location, Manifest, Place } from '../geodata/index.ts';
import {
  basemapQuery,
  gemeentenQuery,
  institutionsQuery,
  locationsQuery,
  manifestQuery,
  placesQuery,
  regionsQuery,
} from './geodata-queries.ts';

/** The files the map and panels need before anything can be shown. */
export interface CoreGeodata {
  manifest: Manifest;
  locations: Location[];
  institutions: Institution[];
  gemeenten: Gemeente[];
  places: Place[];
  regions: Topology;
  basemap: Topology;
}

export type CoreGeodataState =
  | { status: 'pending' }
  | { status: 'error'; error: Error }
  | { status: 'success'; data: CoreGeodata };

/** Loads the core files in parallel; the first failure (in file order) is reported. */
export function useCoreGeodata(): CoreGeodataState {
  // combine is a stable module function, so TanStack re-runs it only when a query changes.
  return useQueries({
    queries: [
      manifestQuery,
      locationsQuery,
      institutionsQuery,
      gemeentenQuery,
      placesQuery,
      regionsQuery,
      basemapQuery,
    ],
    combine,
  });
}

type CoreResults = [
  UseQueryResult<Manifest>,
  UseQueryResult<Location[]>,
  UseQueryResult<Institution[]>,
  UseQueryResult<Gemeente[]>,
  UseQueryResult<Place[]>,
  UseQueryResult<Topology>,
  UseQueryResult<Topology>,
];

function combine(results: CoreResults): CoreGeodataState {
  const failed = results.find((r) => r.isError);
  if (failed?.error) return { status: 'error', error: failed.error };
  const [manifest, locations, institutions, gemeenten, places, regions, basemap] = results;
  if (
    manifest.data &&
    locations.data &&
    institutions.data &&
    gemeenten.data &&
    places.data &&
    regions.data &&
    basemap.data
  ) {
    return {
      status: 'success',
      data: {
        manifest: manifest.data,
        locations: locations.data,
        institutions: institutions.data,
        gemeenten: gemeenten.data,
        places: places.data,
        regions: regions.data,
        basemap: basemap.data,
      },
    };
  }
  return { status: 'pending' };
}
