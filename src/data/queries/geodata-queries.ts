import type { Topology } from 'topojson-specification';
import {
  BASEMAP_LAYERS,
  decodeGraphFile,
  decodeGrid,
  GEODATA_FILES,
  parseGemeenten,
  parseInstitutions,
  parseLocations,
  parsePlaces,
  parseQualifications,
  parseTopology,
  REGION_LAYERS,
} from '../geodata/index.ts';
import { geodataQuery, geodataTextQuery } from './geodata-query.ts';

/** The query of every geodata file the map, panels and workers use (one loader: geodata-query.ts). */
export { manifestQuery } from './geodata-query.ts';

export const locationsQuery = geodataTextQuery(GEODATA_FILES.locations, parseLocations);
export const institutionsQuery = geodataTextQuery(GEODATA_FILES.institutions, parseInstitutions);
export const qualificationsQuery = geodataTextQuery(GEODATA_FILES.qualifications, parseQualifications);
export const gemeentenQuery = geodataTextQuery(GEODATA_FILES.gemeenten, parseGemeenten);
export const placesQuery = geodataTextQuery(GEODATA_FILES.places, parsePlaces);
export const regionsQuery = geodataTextQuery(
  GEODATA_FILES.regions,
  (text, file): Topology => parseTopology(text, file, REGION_LAYERS),
);
export const basemapQuery = geodataTextQuery(
  GEODATA_FILES.basemap,
  (text, file): Topology => parseTopology(text, file, BASEMAP_LAYERS),
);
export const gridQuery = geodataQuery(GEODATA_FILES.grid, decodeGrid);

/**
 * graph.bin's bytes, decoded once here so a corrupt file is reported (naming it) before any
 * worker gets a copy. The workers decode their own copies.
 */
export const graphBytesQuery = geodataQuery(GEODATA_FILES.graph, (bytes) => {
  decodeGraphFile(bytes);
  return bytes;
});
