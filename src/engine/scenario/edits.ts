import { z } from 'zod';
import { type EditReason, editReasonText } from './edit-reason.ts';

/**
 * The three scenario edits and their schema. The schema is the single gate for edits from
 * JSON files, saved scenarios and URLs (all untrusted), so it is strict: unknown fields are
 * refused rather than silently dropped, and lists are size-bounded.
 */

const crebo = z.string().regex(/^\d{5}$/, 'a crebo is five digits, e.g. "25180"');
// A brinvest, or the pseudo-location of an imported row placed only by its PC4 area.
const vestiging = z
  .string()
  .regex(
    /^([0-9A-Z]{6}|PC4-[1-9]\d{3})$/,
    'a vestiging is a brinvest of six capitals or digits, e.g. "00GT00" (or an imported "PC4-1234")',
  );
const leerweg = z.enum(['BOL', 'BBL']);

export const startEditSchema = z.strictObject({
  op: z.literal('start'),
  crebo,
  vestiging,
  leerweg: leerweg.optional(),
});

export const stopEditSchema = z.strictObject({
  op: z.literal('stop'),
  crebo,
  vestiging,
  leerweg: leerweg.optional(),
});

export const uitruilEditSchema = z.strictObject({
  op: z.literal('uitruil'),
  crebo,
  van: vestiging,
  naar: vestiging,
  leerweg: leerweg.optional(),
});

export const editSchema = z.discriminatedUnion('op', [startEditSchema, stopEditSchema, uitruilEditSchema]);

/** More edits than this is not a scenario a person made by hand; refuse it as likely garbage. */
export const MAX_EDITS = 2000;
export const MAX_SCENARIO_NAME = 200;

export const editListSchema = z.array(editSchema).max(MAX_EDITS);

export const scenarioSchema = z.strictObject({
  name: z.string().trim().min(1).max(MAX_SCENARIO_NAME),
  edits: editListSchema,
});

export type StartEdit = z.infer<typeof startEditSchema>;
export type StopEdit = z.infer<typeof stopEditSchema>;
export type UitruilEdit = z.infer<typeof uitruilEditSchema>;
export type Edit = z.infer<typeof editSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;

/** Where and why an edit list (or one edit in it) is unusable. `index` is 0-based; null = the list as a whole. */
export interface EditProblem {
  index: number | null;
  field: string | null;
  reason: EditReason;
}

/** "edit 3 (field crebo): …" — 1-based for people, like line numbers. */
export function formatEditProblem(problem: EditProblem): string {
  const where = problem.index === null ? 'the edit list' : `edit ${problem.index + 1}`;
  const field = problem.field === null ? '' : ` (field ${problem.field})`;
  return `${where}${field}: ${editReasonText(problem.reason)}`;
}

function issueToProblem(issue: z.core.$ZodIssue): EditProblem {
  const [index, ...rest] = issue.path;
  const reason: EditReason = { code: 'invalid', issue };
  if (typeof index !== 'number') return { index: null, field: null, reason };
  // An unknown key has no path of its own; name the key itself so the user can find it.
  const fields = issue.code === 'unrecognized_keys' ? [...rest, ...issue.keys] : rest;
  return { index, field: fields.length === 0 ? null : fields.map(String).join('.'), reason };
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: EditProblem[] };

/** Validates an edit list: a bare array of edits, or a scenario object with an `edits` array. */
export function parseEdits(input: unknown): ParseResult<Edit[]> {
  const list = Array.isArray(input)
    ? input
    : input !== null && typeof input === 'object' && 'edits' in input
      ? (input as { edits: unknown }).edits
      : undefined;
  if (list === undefined) {
    return {
      ok: false,
      problems: [{ index: null, field: null, reason: { code: 'not-an-edit-list' } }],
    };
  }
  const result = editListSchema.safeParse(list);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.map(issueToProblem) };
}

/** Validates a named scenario, e.g. from localStorage or a shared link. */
export function parseScenario(input: unknown): ParseResult<Scenario> {
  const result = scenarioSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const [top, ...rest] = issue.path;
      if (top === 'edits') return issueToProblem({ ...issue, path: rest });
      return { index: null, field: top === undefined ? null : String(top), reason: { code: 'invalid', issue } };
    }),
  };
}
