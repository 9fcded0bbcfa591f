import { z } from 'zod';
import { readHashParams } from '../state/url/hash-params.ts';
import type { UrlCodec } from '../state/url/url-codec.ts';
import { DEFAULT_LANG, LANGS, type Lang, useLanguageStore } from './language.ts';

const KEYS = ['lang'] as const;
const schema = z.object({ lang: z.enum(LANGS).optional() });

/**
 * The language in the link ("#lang=en"; Dutch, the default, is left out). It lives in i18n with
 * its store, below which the URL sync sits, so the app adds it to the sync's codecs (main.tsx).
 */
export const languageCodec: UrlCodec<Lang> = {
  keys: KEYS,
  decode: (hash) => {
    const result = readHashParams(hash, KEYS, schema);
    return result.error === null
      ? { ok: true, value: result.data.lang ?? DEFAULT_LANG }
      : { ok: false, reason: result.error };
  },
  apply: (lang) => {
    useLanguageStore.getState().setLang(lang);
    return null;
  },
  reset: () => useLanguageStore.getState().setLang(DEFAULT_LANG),
  encode: (params) => {
    const { lang } = useLanguageStore.getState();
    if (lang !== DEFAULT_LANG) params.set('lang', lang);
  },
  stores: [useLanguageStore],
};
