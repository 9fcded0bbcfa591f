import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMBEDDED_GEODATA_ATTRIBUTE, hasEmbeddedGeodata, readEmbeddedGeodata } from './embedded-geodata.ts';
import { GeodataFetchError } from './geodata-fetch-error.ts';

/** A stand-in for the portable page's inert data blocks. */
function page(blocks: Record<string, string>) {
  const scripts = Object.entries(blocks).map(([file, text]) => ({
    textContent: text,
    getAttribute: (name: string) => (name === EMBEDDED_GEODATA_ATTRIBUTE ? file : null),
  }));
  return { querySelector: () => scripts[0] ?? null, querySelectorAll: () => scripts };
}

const packed = (text: string) => gzipSync(Buffer.from(text)).toString('base64');

afterEach(() => vi.unstubAllGlobals());

describe('geodata embedded in the portable file', () => {
  beforeEach(() =>
    vi.stubGlobal('document', page({ 'places.json': packed('[{"naam":"Zwolle"}]'), 'broken.json': 'bm90IGd6aXA=' })),
  );

  it('reads a file back byte for byte', async () => {
    expect(hasEmbeddedGeodata()).toBe(true);
    expect(new TextDecoder().decode(await readEmbeddedGeodata('places.json'))).toBe('[{"naam":"Zwolle"}]');
  });

  it('names a file the page does not carry, and one that does not unpack', async () => {
    await expect(readEmbeddedGeodata('graph.bin')).rejects.toMatchObject({
      file: 'graph.bin',
      reason: 'is not inside this portable file',
    });
    const error = await readEmbeddedGeodata('broken.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeodataFetchError);
    expect(error).toMatchObject({ file: 'broken.json', reason: expect.stringContaining('cannot be unpacked') });
  });

  it('is absent from a served page', () => {
    vi.stubGlobal('document', page({}));
    expect(hasEmbeddedGeodata()).toBe(false);
  });
});
