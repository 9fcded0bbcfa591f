import { z } from 'zod';
import { readHashParams } from '../state/url/hash-params.ts';
import type { UrlCodec } from '../state/url/url-codec.ts';
import { DEFAULT_LANG, LANGS, type Lang, useLanguageStore } from './language.ts';

export const LANGUAGE_URL_KEYS = ['lang'] as const;
const schema = z.object({ lang: z.enum(LANGS).optional() });

/**
 * The language in the link ("#lang=en"; Dutch, the default, is left out). It lives in i18n with
 * its store, below which the URL sync sits, so the app adds it to the sync's codecs (main.tsx).
 */
export const languageCodec: UrlCodec<Lang> = {
  keys: LANGUAGE_URL_KEYS,
  decode: (hash) => {
    const result = readHashParams(hash, LANGUAGE_URL_KEYS, schema);
    return result.problem === null
      ? { ok: true, value: result.data.lang ?? DEFAULT_LANG }
      : { ok: false, problem: result.problem };
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
  // An English link with a broken part still says what is wrong in English.
  preference: true,
};
