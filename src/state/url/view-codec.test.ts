import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useSelectionStore } from '../selection.ts';
import { DEFAULT_VIEW, FILTER_REGION_LAYERS, useViewStore, type View } from '../view.ts';
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
      filters: fc.record({
        institution: fc.option(fc.stringMatching(/^[0-9A-Z]{4}$/)),
        regionLayer: fc.constantFrom(...FILTER_REGION_LAYERS),
        region: fc.option(fc.string({ minLength: 1, maxLength: 60 })),
      }),
      niveau: fc.option(fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const)),
      offerFilter: fc.record({
        niveaus: fc.uniqueArray(fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const)),
        domains: fc.uniqueArray(
          fc.string({ minLength: 1, maxLength: 40 }).filter((d) => !d.includes('|')),
          { maxLength: 5 },
        ),
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
    const hash = encodeViewUrl({ ...DEFAULT_VIEW, niveau: 2 }, null, '#scenario=abc&lang=en&n=4');
    const params = new URLSearchParams(hash.slice(1));
    expect(params.get('scenario')).toBe('abc');
    expect(params.get('lang')).toBe('en');
    expect(params.get('n')).toBe('2');
  });

  it.each([
    ['#lon=5&lat=52', { kind: 'combination', rule: 'camera' }],
    ['#lon=abc&lat=52&z=7', { kind: 'invalid', key: 'lon', value: 'abc' }],
    ['#lon=5&lat=99&z=7', { kind: 'invalid', key: 'lat', value: '99' }],
    ['#inst=<script>', { kind: 'invalid', key: 'inst', value: '<script>' }],
    ['#sel=1&sel=2', { kind: 'repeated', key: 'sel' }],
    ['#r=Utrecht', { kind: 'combination', rule: 'region' }],
    ['#n=5', { kind: 'invalid', key: 'n', value: '5' }],
    ['#on=5', { kind: 'invalid', key: 'on', value: '5' }],
    ['#oc=123', { kind: 'invalid', key: 'oc', value: '123' }],
    ['#ol=VOL', { kind: 'invalid', key: 'ol', value: 'VOL' }],
  ])('rejects %s with the default view and the problem', (hash, problem) => {
    const decoded = decodeViewUrl(hash);
    expect(decoded.view).toEqual(DEFAULT_VIEW);
    expect(decoded.selected).toBeNull();
    expect(decoded.error).toEqual(problem);
  });
});
