import { z } from 'zod';

/** The keys a figure names a place by, besides the crebo. */
const joinKey = z.enum(['vestiging', 'brin', 'gemeente', 'region']);
export type JoinKey = z.infer<typeof joinKey>;

/**
 * Why a line of the user's figures gives no figure for the active offer, as data: the panel words
 * it in the user's language (src/i18n/line-problem.ts), joinReasonText in English.
 */
export const joinReasonSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('not-a-number'), value: z.string() }),
  z.object({ code: z.literal('crebo-empty') }),
  z.object({ code: z.literal('crebo-malformed'), value: z.string() }),
  z.object({ code: z.literal('crebo-not-in-offer'), crebo: z.string() }),
  z.object({ code: z.literal('gemeente-malformed'), value: z.string() }),
  z.object({ code: z.literal('key-empty'), key: joinKey }),
  z.object({ code: z.literal('key-unknown'), key: joinKey, value: z.string() }),
  z.object({ code: z.literal('not-offered-at'), crebo: z.string(), key: joinKey, value: z.string() }),
]);
export type JoinReason = z.infer<typeof joinReasonSchema>;

const KEY_LABEL: Record<JoinKey, string> = {
  vestiging: 'vestiging',
  brin: 'institution (BRIN)',
  gemeente: 'gemeente',
  region: 'region',
};

export function joinReasonText(reason: JoinReason): string {
  switch (reason.code) {
    case 'not-a-number':
      return `"${reason.value}" is not a number`;
    case 'crebo-empty':
      return 'crebo is empty';
    case 'crebo-malformed':
      return `crebo "${reason.value}" is not five digits`;
    case 'crebo-not-in-offer':
      return `crebo ${reason.crebo} is not in the active offer`;
    case 'gemeente-malformed':
      return `gemeente "${reason.value}" is not a gemeente code`;
    case 'key-empty':
      return `${KEY_LABEL[reason.key]} is empty`;
    case 'key-unknown':
      return `${KEY_LABEL[reason.key]} ${reason.value} is not known`;
    case 'not-offered-at':
      return `crebo ${reason.crebo} is not offered at ${KEY_LABEL[reason.key]} ${reason.value} in the active offer`;
  }
}
