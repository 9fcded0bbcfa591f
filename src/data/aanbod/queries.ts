import { queryOptions } from '@tanstack/react-query';
import { verifyAgainstManifest, type Manifest } from '../geodata/index.ts';
import { decodeUtf8, fetchGeodataFile } from '../queries/fetch-geodata-file.ts';
import { manifestQuery } from '../queries/geodata-queries.ts';
import { MODELLED_OFFER_FILE, parseOfferFile } from './offer-file.ts';
import { parsePc4File, PC4_FILE } from './pc4.ts';

// Local, immutable files: fetched once per session, no retries (a retry cannot fix a bad file).
const forever = { staleTime: Infinity, gcTime: Infinity, retry: false } as const;

/** Fetches a geodata file, parses it, then checks its checksum in manifest.json (like the other geodata). */
async function loadChecked<T>(file: string, signal: AbortSignal, ensureManifest: () => Promise<Manifest>, parse: (text: string) => T) {
  const [manifest, bytes] = await Promise.all([ensureManifest(), fetchGeodataFile(file, signal)]);
  const value = parse(decodeUtf8(file, bytes));
  if (globalThis.crypto?.subtle) await verifyAgainstManifest(manifest, file, bytes);
  return value;
}

/** public/geodata/aanbod-model.json: the modelled default offer (kind "modelled"). */
export const modelledOfferQuery = queryOptions({
  queryKey: ['geodata', MODELLED_OFFER_FILE],
  queryFn: ({ client, signal }) =>
    loadChecked(MODELLED_OFFER_FILE, signal, () => client.ensureQueryData(manifestQuery), (text) => parseOfferFile(text, MODELLED_OFFER_FILE)),
  ...forever,
});

/** public/geodata/pc4.json: PC4 points, needed only when a DUO file is imported. */
export const pc4Query = queryOptions({
  queryKey: ['geodata', PC4_FILE],
  queryFn: ({ client, signal }) => loadChecked(PC4_FILE, signal, () => client.ensureQueryData(manifestQuery), (text) => parsePc4File(text)),
  ...forever,
});
