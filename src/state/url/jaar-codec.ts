import { z } from 'zod';
import { DEFAULT_JAAR, JAREN, type Jaar } from '../../engine/population/years.ts';
import { useJaarStore } from '../jaar.ts';
import { readHashParams } from './hash-params.ts';
import type { UrlCodec } from './url-codec.ts';

/** The population year in the URL hash: `j=2031`. No `j` (every link from before the years) means 2021. */
export const JAAR_URL_KEYS = ['j'] as const;

const paramsSchema = z.object({
  j: z
    .enum(JAREN.map(String) as [string, ...string[]])
    .transform((j) => Number(j) as Jaar)
    .optional(),
});

export const jaarCodec: UrlCodec<Jaar> = {
  keys: JAAR_URL_KEYS,
  decode: (hash) => {
    const result = readHashParams(hash, JAAR_URL_KEYS, paramsSchema);
    return result.problem === null
      ? { ok: true, value: result.data.j ?? DEFAULT_JAAR }
      : { ok: false, problem: result.problem };
  },
  apply: (jaar) => {
    useJaarStore.getState().setJaar(jaar);
    return null;
  },
  reset: () => useJaarStore.getState().setJaar(DEFAULT_JAAR),
  encode: (params) => {
    const { jaar } = useJaarStore.getState();
    if (jaar !== DEFAULT_JAAR) params.set('j', String(jaar));
  },
  stores: [useJaarStore],
};
