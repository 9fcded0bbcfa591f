import type { ParseError } from 'papaparse';
import { z } from 'zod';

/** Why a CSV record cannot be used at all, before any of its fields is looked at. */
export const rowReasonOptions = [
  /** Papa Parse could not read the record; `papaCode` is its error code (e.g. MissingQuotes). */
  z.object({ code: z.literal('unreadable'), papaCode: z.string(), detail: z.string() }),
  z.object({ code: z.literal('field-count'), found: z.number().int(), expected: z.number().int() }),
] as const;
export type RowReason = z.infer<(typeof rowReasonOptions)[number]>;

/** The reason a record of `fields` fields under a header of `headerFields` is unusable, if any. */
export function rowReason(errors: readonly ParseError[], fields: number, headerFields: number): RowReason | null {
  const [error] = errors;
  if (error) return { code: 'unreadable', papaCode: error.code, detail: error.message };
  if (fields !== headerFields) return { code: 'field-count', found: fields, expected: headerFields };
  return null;
}

export function rowReasonText(reason: RowReason): string {
  return reason.code === 'unreadable'
    ? `cannot read the row: ${reason.detail}`
    : `the row has ${reason.found} fields but the header has ${reason.expected}`;
}
