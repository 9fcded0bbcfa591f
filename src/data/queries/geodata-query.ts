import { queryOptions } from '@tanstack/react-query';
import { GEODATA_FILES, type Manifest, parseManifest, verifyAgainstManifest } from '../geodata/index.ts';
import { decodeUtf8, fetchGeodataFile } from './fetch-geodata-file.ts';

/**
 * The one loader of every file in public/geodata/: fetched (or read from the portable page)
 * once, parsed, checked against its SHA-256 in manifest.json, and kept for the whole session
 * (the files never change while the app runs). Every failure is a GeodataError naming the file.
 */

// Local files: a retry cannot fix a missing or malformed file and would only delay the message.
const forever = { staleTime: Infinity, gcTime: Infinity, retry: false } as const;

/** manifest.json: the list of files with their checksums (it cannot vouch for itself). */
export const manifestQuery = queryOptions({
  queryKey: ['geodata', GEODATA_FILES.manifest],
  queryFn: async ({ signal }): Promise<Manifest> => {
    const file = GEODATA_FILES.manifest;
    return parseManifest(decodeUtf8(file, await fetchGeodataFile(file, signal)), file);
  },
  ...forever,
});

/**
 * A query for a file listed in the manifest. `parse` runs before the checksum check, because it
 * gives the more precise message (record and field) when a file is malformed.
 */
export function geodataQuery<T>(file: string, parse: (bytes: ArrayBuffer) => T) {
  return queryOptions({
    queryKey: ['geodata', file],
    queryFn: async ({ client, signal }): Promise<T> => {
      const [manifest, bytes] = await Promise.all([
        client.ensureQueryData(manifestQuery),
        fetchGeodataFile(file, signal),
      ]);
      const value = parse(bytes);
      await verifyAgainstManifest(manifest, file, bytes);
      return value;
    },
    ...forever,
  });
}

/** A geodata query for a UTF-8 text file (JSON, TopoJSON). */
export function geodataTextQuery<T>(file: string, parse: (text: string, file: string) => T) {
  return geodataQuery(file, (bytes) => parse(decodeUtf8(file, bytes), file));
}
