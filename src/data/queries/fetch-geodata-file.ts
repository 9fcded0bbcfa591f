import { GeodataError } from '../geodata/index.ts';
import { hasEmbeddedGeodata, readEmbeddedGeodata } from './embedded-geodata.ts';
import { GeodataFetchError } from './geodata-fetch-error.ts';

/**
 * Fetches public/geodata/<file> relative to the page, so the app works under any base path, or
 * reads it from the page itself in the portable file. Failures become a GeodataFetchError that
 * names the file.
 */
export async function fetchGeodataFile(file: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  if (hasEmbeddedGeodata()) return readEmbeddedGeodata(file);
  const url = new URL(`geodata/${file}`, document.baseURI);
  let response: Response;
  try {
    response = await fetch(url, { signal, cache: 'no-cache' });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GeodataFetchError(file, null, `network error (${(error as Error).message})`, { cause: error });
  }
  if (!response.ok) {
    throw new GeodataFetchError(file, response.status, `HTTP ${response.status} ${response.statusText}`.trim());
  }
  // Single-page servers (vite preview among them) answer a missing file with index.html and
  // status 200. No geodata file is HTML, so that answer means "not there".
  if (response.headers.get('content-type')?.includes('text/html')) {
    throw new GeodataFetchError(file, 404, 'not found (the server sent an HTML page instead of the file)');
  }
  return response.arrayBuffer();
}

/** UTF-8 text of a fetched file; invalid UTF-8 is an error that names the file. */
export function decodeUtf8(file: string, bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new GeodataError(file, 'is not valid UTF-8 text', { cause: error });
  }
}
