import { z } from 'zod';
import { rowReasonOptions, rowReasonText } from '../csv/row-reason.ts';

/**
 * Why the import left a row out, as data: the panel words it in the user's language
 * (src/i18n/reject-reason.ts), the CLI and the stored English `reason` in rejectReasonText's.
 */
export const postcodeProblemSchema = z.discriminatedUnion('problem', [
  z.object({ problem: z.literal('empty') }),
  z.object({ problem: z.literal('never-issued'), value: z.string(), letters: z.string() }),
  z.object({ problem: z.literal('foreign'), value: z.string() }),
  z.object({ problem: z.literal('no-letters'), value: z.string() }),
  z.object({ problem: z.literal('malformed'), value: z.string() }),
  z.object({ problem: z.literal('no-pc4-area'), value: z.string(), pc4: z.string() }),
]);
export type PostcodeProblem = z.infer<typeof postcodeProblemSchema>;

export const creboProblemSchema = z.discriminatedUnion('problem', [
  z.object({ problem: z.literal('missing') }),
  z.object({ problem: z.literal('malformed'), value: z.string() }),
]);
export type CreboProblem = z.infer<typeof creboProblemSchema>;

export const rejectReasonSchema = z.discriminatedUnion('code', [
  ...rowReasonOptions,
  z.object({ code: z.literal('crebo'), crebo: creboProblemSchema }),
  z.object({ code: z.literal('leerweg'), value: z.string() }),
  /** MBONIVEAU unusable and the qualification list no help: `listed` says whether it has the crebo. */
  z.object({ code: z.literal('niveau'), value: z.string(), crebo: z.string(), listed: z.boolean() }),
  z.object({ code: z.literal('postcode'), postcode: postcodeProblemSchema }),
]);
export type RejectReason = z.infer<typeof rejectReasonSchema>;

/** The postcode problem in English (also the matcher's tests and the CLI). */
export function postcodeProblemText(p: PostcodeProblem): string {
  switch (p.problem) {
    case 'empty':
      return 'postcode is empty';
    case 'never-issued':
      return `postcode "${p.value}" uses letters ${p.letters}, which are never issued`;
    case 'foreign':
      return `postcode "${p.value}" is not in the Netherlands (foreign format)`;
    case 'no-letters':
      return `postcode "${p.value}" lacks its two letters`;
    case 'malformed':
      return `postcode "${p.value}" is not a valid postcode (expected 4 digits and 2 letters)`;
    case 'no-pc4-area':
      return `postcode "${p.value}" is not in the Netherlands (no PC4 area ${p.pc4})`;
  }
}

/** The reason in English, headed by the DUO column at fault: what the CLI and the rejected-rows CSV say. */
export function rejectReasonText(reason: RejectReason): string {
  switch (reason.code) {
    case 'unreadable':
    case 'field-count':
      return rowReasonText(reason);
    case 'crebo':
      return reason.crebo.problem === 'missing'
        ? 'ERKENDEOPLEIDINGSCODE: crebo is missing'
        : `ERKENDEOPLEIDINGSCODE: crebo "${reason.crebo.value}" is malformed (expected 5 digits)`;
    case 'leerweg':
      return `LEERTRAJECT: "${reason.value}" is not BOL, BOL_VT, BOL_DT or BBL`;
    case 'niveau': {
      const given = reason.value === '' ? 'is empty' : `"${reason.value}" is not a niveau`;
      const list = reason.listed
        ? `crebo ${reason.crebo} has no niveau in the qualification list`
        : `crebo ${reason.crebo} is not in the qualification list`;
      return `MBONIVEAU: niveau unknown: MBONIVEAU ${given} and ${list}`;
    }
    case 'postcode':
      return `POSTCODE: ${postcodeProblemText(reason.postcode)}`;
  }
}
