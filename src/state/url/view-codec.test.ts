import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_VIEW, FILTER_REGION_LAYERS, useViewStore, type View } from '../view.ts';
import { useSelectionStore } from '../selection.ts';
import { rewriteHashParams } from './hash-params.ts';
import { decodeViewUrl, viewCodec } from './view-codec.ts';

/** The view codec's writing, through the stores as the URL sync uses it. */
function encodeViewUrl(view: View, selected: string | null, hash = ''): string {
  useViewStore.getState().applyView(view);
  useSelectionStore.getState().select(selected);
  return rewriteHashParams(hash, viewCodec.keys, viewCodec.encode);
}

describe('view URL', () => {
  it('gives the default view for an empty hash', () => {
    expect(decodeViewUrl('')).toEqual({ view: DEFAULT_VIEW, selected: null, error: null });
    expect(encodeViewUrl(DEFAULT_VIEW, null)).toBe('');
  });

  it('round-trips any valid view and selection', () => {
    const view = fc.record<View>({
      camera: fc.option(
        fc.record({
          lon: fc.double({ min: 3, max: 7.5, noNaN: true }).map((x) => Number(x.toFixed(4))),
          lat: fc.double({ min: 50.5, max: 53.7, noNaN: true }).map((x) => Number(x.toFixed(4))),
          zoom: fc.double({ min: 5, max: 16, noNaN: true }).map((x) => Number(x.toFixed(2))),
        }),
      ),
      lang: fc.constantFrom('nl' as const, 'en' as const),
      filters: fc.record({
        institution: fc.option(fc.stringMatching(/^[0-9A-Z]{4}$/)),
        regionLayer: fc.constantFrom(...FILTER_REGION_LAYERS),
        region: fc.option(fc.string({ minLength: 1, maxLength: 60 })),
      }),
      niveau: fc.option(fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const)),
      offerFilter: fc.record({
        niveaus: fc.uniqueArray(fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const)),
        domains: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 40 }).filter((d) => !d.includes('|')), { maxLength: 5 }),
        crebos: fc.uniqueArray(fc.stringMatching(/^\d{5}$/), { maxLength: 10 }),
        leerweg: fc.option(fc.constantFrom('BOL' as const, 'BBL' as const)),
      }),
    });
    fc.assert(
      fc.property(view, fc.option(fc.stringMatching(/^[0-9A-Z]{6}$/)), (v, sel) => {
        const decoded = decodeViewUrl(encodeViewUrl(v, sel));
        expect(decoded.error).toBeNull();
        expect(decoded.view).toEqual(v);
        expect(decoded.selected).toEqual(sel);
      }),
    );
  });

  it('keeps parameters that other modules own', () => {
    const hash = encodeViewUrl({ ...DEFAULT_VIEW, lang: 'en' }, null, '#scenario=abc&lang=nl');
    const params = new URLSearchParams(hash.slice(1));
    expect(params.get('scenario')).toBe('abc');
    expect(params.get('lang')).toBe('en');
  });

  it.each([
    ['#lon=5&lat=52', 'lon, lat and z must be given together'],
    ['#lon=abc&lat=52&z=7', 'parameter "lon" ("abc") is not a decimal number'],
    ['#lon=5&lat=99&z=7', 'parameter "lat" ("99")'],
    ['#lang=fr', 'parameter "lang" ("fr")'],
    ['#inst=<script>', 'parameter "inst"'],
    ['#sel=1&sel=2', 'parameter "sel" occurs more than once'],
    ['#r=Utrecht', 'r (region) needs rl'],
    ['#n=5', 'parameter "n"'],
    ['#on=5', 'parameter "on" ("5") is not a list of niveaus'],
    ['#oc=123', 'parameter "oc" ("123") is not a list of at most 50 crebo codes'],
    ['#ol=VOL', 'parameter "ol"'],
  ])('rejects %s with the default view and a reason', (hash, reason) => {
    const decoded = decodeViewUrl(hash);
    expect(decoded.view).toEqual(DEFAULT_VIEW);
    expect(decoded.selected).toBeNull();
    expect(decoded.error).toContain(reason);
  });
});
