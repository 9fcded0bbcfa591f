import { z } from 'zod';
import { joinReasonSchema } from '../../engine/indicators/join-reason.ts';
import { rejectReasonSchema } from '../aanbod/reject-reason.ts';

/** Any reason a line of an imported file was left out: a DUO row's, or a line of own figures. */
export const lineReasonSchema = z.discriminatedUnion('code', [
  ...rejectReasonSchema.options,
  ...joinReasonSchema.options,
]);
export type LineReason = z.infer<typeof lineReasonSchema>;

/**
 * A line left out, with its reason in English (what the CLIs print) and as data (`why`, which the
 * panels word in the user's language). Stored files from before `why` existed have only the text.
 */
export const lineProblemSchema = z.object({
  line: z.number().int().min(1),
  reason: z.string(),
  why: lineReasonSchema.optional(),
});
export type LineProblem = z.infer<typeof lineProblemSchema>;
