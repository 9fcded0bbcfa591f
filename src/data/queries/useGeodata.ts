import { useQuery } from '@tanstack/react-query';
import {
  basemapQuery,
  gemeentenQuery,
  graphBytesQuery,
  gridQuery,
  institutionsQuery,
  locationsQuery,
  manifestQuery,
  placesQuery,
  qualificationsQuery,
  regionsQuery,
} from './geodata-queries.ts';

/** One hook per geodata file; each returns the TanStack Query result of that file. */
export const useManifest = () => useQuery(manifestQuery);
export const useLocations = () => useQuery(locationsQuery);
export const useInstitutions = () => useQuery(institutionsQuery);
export const useQualifications = () => useQuery(qualificationsQuery);
export const useGemeenten = () => useQuery(gemeentenQuery);
export const usePlaces = () => useQuery(placesQuery);
export const useRegions = () => useQuery(regionsQuery);
export const useBasemap = () => useQuery(basemapQuery);
export const useGrid = () => useQuery(gridQuery);
export const useGraphBytes = () => useQuery(graphBytesQuery);
