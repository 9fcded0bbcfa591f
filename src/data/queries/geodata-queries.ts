import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Topology } from 'topojson-specification';
import {
  BASEMAP_LAYERS,
  decodeGrid,
  GEODATA_FILES,
  parseGemeenten,
  parseInstitutions,
  parseLocations,
  parseManifest,
  parsePlaces,
  parseQualifications,
  parseTopology,
  REGION_LAYERS,
  verifyAgainstManifest,
} from '../geodata/index.ts';
import { GRAPH_FILE, loadVerifiedGraph } from '../../engine/graph/index.ts';
import { decodeUtf8, fetchGeodataFile } from './fetch-geodata-file.ts';

/**
 * Query definitions for every geodata file. Each file is fetched once, checked against its
 * schema and against its checksum in manifest.json, and kept for the whole session (the files
 * never change while the app runs). Failures are GeodataErrors that name the file.
 */

// Local files: a retry cannot fix a missing or malformed file and would only delay the message.
const forever = { staleTime: Infinity, gcTime: Infinity, retry: false } as const;

export const manifestQuery = queryOptions({
  queryKey: ['geodata', GEODATA_FILES.manifest],
  queryFn: async ({ signal }) => {
    const file = GEODATA_FILES.manifest;
    return parseManifest(decodeUtf8(file, await fetchGeodataFile(file, signal)), file);
  },
  ...forever,
});

/**
 * Fetches a file listed in the manifest, parses it, and then checks its checksum: parsing first
 * gives the more precise message (record and field) when a file is malformed.
 */
async function loadChecked<T>(
  client: QueryClient,
  file: string,
  signal: AbortSignal,
  parse: (bytes: ArrayBuffer) => T,
): Promise<T> {
  const [manifest, bytes] = await Promise.all([client.ensureQueryData(manifestQuery), fetchGeodataFile(file, signal)]);
  const value = parse(bytes);
  // WebCrypto exists only in secure contexts (https, localhost); elsewhere the schema check stands alone.
  if (globalThis.crypto?.subtle) await verifyAgainstManifest(manifest, file, bytes);
  else console.warn(`Regiekaart: cannot verify the checksum of ${file} outside a secure context`);
  return value;
}

function jsonQuery<T>(file: string, parse: (text: string, file: string) => T) {
  return queryOptions({
    queryKey: ['geodata', file],
    queryFn: ({ client, signal }) => loadChecked(client, file, signal, (bytes) => parse(decodeUtf8(file, bytes), file)),
    ...forever,
  });
}

export const locationsQuery = jsonQuery(GEODATA_FILES.locations, parseLocations);
export const institutionsQuery = jsonQuery(GEODATA_FILES.institutions, parseInstitutions);
export const qualificationsQuery = jsonQuery(GEODATA_FILES.qualifications, parseQualifications);
export const gemeentenQuery = jsonQuery(GEODATA_FILES.gemeenten, parseGemeenten);
export const placesQuery = jsonQuery(GEODATA_FILES.places, parsePlaces);
export const regionsQuery = jsonQuery(
  GEODATA_FILES.regions,
  (text, file): Topology => parseTopology(text, file, REGION_LAYERS),
);
export const basemapQuery = jsonQuery(
  GEODATA_FILES.basemap,
  (text, file): Topology => parseTopology(text, file, BASEMAP_LAYERS),
);

export const gridQuery = queryOptions({
  queryKey: ['geodata', GEODATA_FILES.grid],
  queryFn: ({ client, signal }) => loadChecked(client, GEODATA_FILES.grid, signal, (bytes) => decodeGrid(bytes)),
  ...forever,
});

/**
 * graph.bin's bytes, verified against the manifest and decoded once here, so a corrupt file is
 * reported (naming it) before any worker gets a copy. The workers decode their own copies.
 */
export const graphBytesQuery = queryOptions({
  queryKey: ['geodata', GRAPH_FILE, 'bytes'],
  queryFn: async ({ client, signal }) => {
    const [manifest, bytes] = await Promise.all([client.ensureQueryData(manifestQuery), fetchGeodataFile(GRAPH_FILE, signal)]);
    await loadVerifiedGraph(bytes, manifest);
    return bytes;
  },
  ...forever,
});
