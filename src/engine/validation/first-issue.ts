import type { z } from 'zod';

/**
 * Names the place of a zod issue in the caller's words ("field lon", 'parameter "n"',
 * "feature 3, properties.pc4", "record 2 (00AA00), field naam"). It gets the issue's path both
 * dotted (`path`, '' at the top level) and as its parts, and may return '' (no place).
 */
export type IssuePlace = (path: string, parts: readonly PropertyKey[]) => string;

/** "field a.b", or nothing at the top level: the default place of an issue. */
export const fieldPlace: IssuePlace = (path) => (path === '' ? '' : `field ${path}`);

/**
 * How an issue's place and its message are joined. ': ' unless the messages are written to
 * follow the place as a sentence ('parameter "lon" ("abc") is not a decimal number'), then ' '.
 */
export interface IssueWording {
  where?: IssuePlace;
  separator?: string;
}

function describeIssue(
  issue: z.ZodError['issues'][number],
  { where = fieldPlace, separator = ': ' }: IssueWording,
): string {
  const place = where(issue.path.map(String).join('.'), issue.path);
  return place === '' ? issue.message : `${place}${separator}${issue.message}`;
}

const wordingOf = (wording: IssuePlace | IssueWording | undefined): IssueWording =>
  typeof wording === 'function' ? { where: wording } : (wording ?? {});

/**
 * The first problem of a failed zod parse as "where: why", for error messages that point at
 * the bad input. The one formatter for a single zod issue in the app, the CLIs and the data build.
 */
export function describeFirstIssue(error: z.ZodError, wording?: IssuePlace | IssueWording): string {
  return describeIssue(error.issues[0], wordingOf(wording));
}

/**
 * The first `max` problems as "where: why; where: why (and 4 more problems)", for files where
 * one mistake is often repeated and the user is better served by seeing a few at once.
 */
export function describeIssues(error: z.ZodError, wording?: IssuePlace | IssueWording, max = 3): string {
  const w = wordingOf(wording);
  const parts = error.issues.slice(0, max).map((issue) => describeIssue(issue, w));
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more problems)` : '';
  return `${parts.join('; ')}${more}`;
}
