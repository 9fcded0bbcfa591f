import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GeodataError } from '../geodata/index.ts';
import { decodeUtf8, fetchGeodataFile } from './fetch-geodata-file.ts';
import { GeodataFetchError } from './geodata-fetch-error.ts';

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:4173/regiekaart/index.html', querySelector: () => null });
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
  fetchMock.mockReset();
});

describe('fetchGeodataFile', () => {
  it('fetches geodata/<file> relative to the page', async () => {
    fetchMock.mockResolvedValue(new Response('[]', { headers: { 'content-type': 'application/json' } }));
    const bytes = await fetchGeodataFile('locations.json');
    expect(new TextDecoder().decode(bytes)).toBe('[]');
    expect(String(fetchMock.mock.calls[0][0])).toBe('http://127.0.0.1:4173/regiekaart/geodata/locations.json');
  });

  it('names the file and the HTTP status when the server refuses', async () => {
    fetchMock.mockResolvedValue(new Response('gone', { status: 404, statusText: 'Not Found' }));
    const error = await fetchGeodataFile('grid.bin').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeodataFetchError);
    expect(error).toMatchObject({ file: 'grid.bin', status: 404, reason: 'HTTP 404 Not Found' });
  });

  it('treats an HTML page in place of the file as missing (single-page server fallback)', async () => {
    fetchMock.mockResolvedValue(new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }));
    await expect(fetchGeodataFile('places.json')).rejects.toMatchObject({ file: 'places.json', status: 404 });
  });

  it('names the file on a network failure', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(fetchGeodataFile('manifest.json')).rejects.toMatchObject({
      file: 'manifest.json',
      status: null,
      reason: 'network error (Failed to fetch)',
    });
  });
});

describe('decodeUtf8', () => {
  it('rejects bytes that are not UTF-8, naming the file', () => {
    const bad = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]).buffer;
    expect(() => decodeUtf8('gemeenten.json', bad)).toThrow(GeodataError);
    expect(() => decodeUtf8('gemeenten.json', bad)).toThrow('gemeenten.json: is not valid UTF-8 text');
  });
});
