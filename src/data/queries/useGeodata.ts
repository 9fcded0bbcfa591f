import { useQuery } from '@tanstack/react-query';
import { graphBytesQuery, gridQuery, locationsQuery, qualificationsQuery } from './geodata-queries.ts';

/** Hooks for the geodata files that components read one by one; each returns that file's TanStack Query result. */
export const useLocations = () => useQuery(locationsQuery);
export const useQualifications = () => useQuery(qualificationsQuery);
export const useGrid = () => useQuery(gridQuery);
export const useGraphBytes = () => useQuery(graphBytesQuery);
