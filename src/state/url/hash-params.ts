import type { z } from 'zod';
import { describeFirstIssue } from '../../engine/validation/first-issue.ts';

/**
 * Reads one module's keys from a URL hash ("#a=b&...") and checks them with its schema. Links
 * are untrusted input: a repeated key or a value the schema refuses gives a message naming the
 * parameter and (the start of) its value, and no data. Keys of other modules are ignored.
 */
export function readHashParams<S extends z.ZodType>(
  hash: string,
  keys: readonly string[],
  schema: S,
): { data: z.output<S>; error: null } | { data: null; error: string } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const raw: Record<string, string> = {};
  for (const key of keys) {
    const values = params.getAll(key);
    if (values.length > 1) return { data: null, error: `parameter "${key}" occurs more than once` };
    if (values.length === 1) raw[key] = values[0];
  }
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, error: null };
  // The schemas' messages are worded to follow the parameter: 'parameter "lon" ("abc") is not a …'.
  const where = (path: string, parts: readonly PropertyKey[]) => {
    if (path === '') return '';
    const value = raw[String(parts[0])];
    return `parameter "${path}"${value !== undefined ? ` ("${value.slice(0, 40)}")` : ''}`;
  };
  return { data: null, error: describeFirstIssue(result.error, { where, separator: ' ' }) };
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
