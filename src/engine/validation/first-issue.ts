import type { z } from 'zod';

/**
 * Names the place of a zod issue in the caller's words ("field lon", 'column "crebo"',
 * "feature 3, properties.pc4", "record 2 (00AA00), field naam"). It gets the issue's path both
 * dotted (`path`, '' at the top level) and as its parts, and may return '' (no place).
 */
export type IssuePlace = (path: string, parts: readonly PropertyKey[]) => string;

/** "field a.b", or nothing at the top level: the default place of an issue. */
const fieldPlace: IssuePlace = (path) => (path === '' ? '' : `field ${path}`);

function describeIssue(issue: z.ZodError['issues'][number], where: IssuePlace): string {
  const place = where(issue.path.map(String).join('.'), issue.path);
  return place === '' ? issue.message : `${place}: ${issue.message}`;
}

/**
 * The first problem of a failed zod parse as "where: why", for error messages that point at
 * the bad input. The one formatter for a single zod issue in the CLIs, the data build and the
 * app's file checks (what a user reads in the app's language is worded in src/i18n).
 */
export function describeFirstIssue(error: z.ZodError, where: IssuePlace = fieldPlace): string {
  return describeIssue(error.issues[0], where);
}

/**
 * The first `max` problems as "where: why; where: why (and 4 more problems)", for files where
 * one mistake is often repeated and the user is better served by seeing a few at once.
 */
export function describeIssues(error: z.ZodError, where: IssuePlace = fieldPlace, max = 3): string {
  const parts = error.issues.slice(0, max).map((issue) => describeIssue(issue, where));
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more problems)` : '';
  return `${parts.join('; ')}${more}`;
}
