import { z } from 'zod';
import { type PlacementQuestion, usePlacementStore } from '../placement.ts';
import { readHashParams } from './hash-params.ts';
import type { UrlCodec } from './url-codec.ts';

/**
 * The open placement question in the URL hash, so a shared link or a reload at a regional
 * meeting lands on the same answer: `pv=bp.25180` (best place to start 25180), `pv=bp.25180.25LX`
 * (only at that institution's locations), `pv=ea.25180` (as if one provider), `pv=ea.25180.3`
 * (keeping at most 3 locations). The answer itself is recomputed, never carried in the link.
 */
export const PLACEMENT_URL_KEYS = ['pv'] as const;

const QUESTION = /^(?:bp\.(\d{5})(?:\.([0-9A-Z]{4}))?|ea\.(\d{5})(?:\.([1-9]\d{0,2}))?)$/;

const paramsSchema = z.object({
  pv: z.string().max(20).regex(QUESTION).optional(),
});

/** The question a `pv` value names; the value has passed the schema. */
function questionOf(pv: string): PlacementQuestion {
  const [, bestCrebo, brin, oneCrebo, k] = QUESTION.exec(pv) ?? [];
  return bestCrebo !== undefined
    ? { kind: 'beste-plek', crebo: bestCrebo, brin: brin ?? null }
    : { kind: 'een-aanbieder', crebo: oneCrebo, k: k === undefined ? null : Number(k) };
}

/** The `pv` value of a question. */
export function placementParam(question: PlacementQuestion): string {
  if (question.kind === 'beste-plek') return `bp.${question.crebo}${question.brin ? `.${question.brin}` : ''}`;
  return `ea.${question.crebo}${question.k === null ? '' : `.${question.k}`}`;
}

export const placementCodec: UrlCodec<PlacementQuestion | null> = {
  keys: PLACEMENT_URL_KEYS,
  decode: (hash) => {
    const result = readHashParams(hash, PLACEMENT_URL_KEYS, paramsSchema);
    if (result.problem !== null) return { ok: false, problem: result.problem };
    return { ok: true, value: result.data.pv === undefined ? null : questionOf(result.data.pv) };
  },
  apply: (question) => {
    usePlacementStore.getState().ask(question);
    return null;
  },
  reset: () => usePlacementStore.getState().ask(null),
  encode: (params) => {
    const { question } = usePlacementStore.getState();
    if (question !== null) params.set('pv', placementParam(question));
  },
  stores: [usePlacementStore],
};
