import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { URL_CODECS } from '../state/url/codecs.ts';
import { currentHash, startUrlSync, type UrlWindow } from '../state/url/url-sync.ts';
import { useUrlErrorStore } from '../state/url-error.ts';
import { useViewStore } from '../state/view.ts';
import { useLanguageStore } from './language.ts';
import { languageCodec } from './language-codec.ts';

/** The app's codecs, as main.tsx starts them. */
const APP_CODECS = [...URL_CODECS, languageCodec];

function windowAt(hash: string): UrlWindow {
  return {
    location: { hash, pathname: '/', search: '' },
    history: { state: null, replaceState: () => {} },
    addEventListener: () => {},
    removeEventListener: () => {},
  };
}

let stop: () => void = () => {};
afterEach(() => {
  stop();
  useLanguageStore.getState().setLang('nl');
  useUrlErrorStore.getState().setError(null);
});

describe('languageCodec', () => {
  it('opens a link made before the language had its own store in English, and keeps lang in copied links', () => {
    const links = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../test/fixtures/links/links-3c2e99f.json'), 'utf8'),
    );
    stop = startUrlSync(windowAt(links.scenarioCrebo), APP_CODECS);
    expect(useUrlErrorStore.getState().error).toBeNull();
    expect(useLanguageStore.getState().lang).toBe('en');
    useLanguageStore.getState().setLang('nl');
    useLanguageStore.getState().setLang('en');
    expect(new URLSearchParams(currentHash('#n=2').slice(1)).get('lang')).toBe('en');
  });

  it('leaves Dutch, the default, out of the link', () => {
    stop = startUrlSync(windowAt('#n=2'), APP_CODECS);
    expect(currentHash('#lang=en&n=2')).not.toContain('lang');
  });

  it('refuses an unknown language with the reason, and the screen opens in its default state', () => {
    stop = startUrlSync(windowAt('#lang=fr&n=2'), APP_CODECS);
    expect(useUrlErrorStore.getState().error).toEqual({ kind: 'invalid', key: 'lang', value: 'fr' });
    expect(useLanguageStore.getState().lang).toBe('nl');
    expect(useViewStore.getState().niveau).toBeNull();
  });

  it('keeps the language of a link whose other parts are unusable, so the notice is in that language', () => {
    stop = startUrlSync(windowAt('#lang=en&n=2&lon=abc&lat=52&z=7'), APP_CODECS);
    expect(useUrlErrorStore.getState().error).toEqual({ kind: 'invalid', key: 'lon', value: 'abc' });
    expect(useLanguageStore.getState().lang).toBe('en');
    expect(useViewStore.getState().niveau).toBeNull();
  });

  it('opens an over-long link in Dutch: nothing of it is read', () => {
    useLanguageStore.getState().setLang('en');
    stop = startUrlSync(windowAt(`#lang=en&r=${'x'.repeat(12_000)}`), APP_CODECS);
    expect(useUrlErrorStore.getState().error).toMatchObject({ kind: 'link-too-long' });
    expect(useLanguageStore.getState().lang).toBe('nl');
  });
});
