import type { z } from 'zod';
import { COMBINATION_RULES, type CombinationRule, invalidValue, type UrlProblem } from './url-problem.ts';

const isCombinationRule = (rule: unknown): rule is CombinationRule =>
  (COMBINATION_RULES as readonly unknown[]).includes(rule);

/**
 * Reads one module's keys from a URL hash ("#a=b&...") and checks them with its schema. Links
 * are untrusted input: a repeated key or a value the schema refuses gives the problem, naming
 * the parameter and (the start of) its value, and no data. Keys of other modules are ignored.
 * A check across parameters (a refine) names its rule in `params: { rule }`.
 */
export function readHashParams<S extends z.ZodType>(
  hash: string,
  keys: readonly string[],
  schema: S,
): { data: z.output<S>; problem: null } | { data: null; problem: UrlProblem } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const raw: Record<string, string> = {};
  for (const key of keys) {
    const values = params.getAll(key);
    if (values.length > 1) return { data: null, problem: { kind: 'repeated', key } };
    if (values.length === 1) raw[key] = values[0];
  }
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, problem: null };
  const issue = result.error.issues[0];
  const key = issue.path[0];
  if (key !== undefined) return { data: null, problem: invalidValue(String(key), raw[String(key)] ?? '') };
  const rule = issue.code === 'custom' ? issue.params?.rule : undefined;
  // Only our own refines fail without a path; one without a known rule is a bug, not bad input.
  if (!isCombinationRule(rule)) throw new Error(`readHashParams: a check across ${keys.join(', ')} names no rule`);
  return { data: null, problem: { kind: 'combination', rule } };
}

/** `hash` with `keys` removed and written anew by `write`, every other key kept; "" when empty. */
export function rewriteHashParams(
  hash: string,
  keys: readonly string[],
  write: (params: URLSearchParams) => void,
): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const key of keys) params.delete(key);
  write(params);
  const text = params.toString();
  return text ? `#${text}` : '';
}
