import type { z } from 'zod';

/**
 * The first problem of a failed zod parse as "where: why", for error messages that point at
 * the bad input. `where` names the issue's dotted path in the caller's words ("field lon",
 * 'parameter "n"', "feature 3, properties.pc4"); it gets '' at the top level and may return ''.
 */
export function describeFirstIssue(
  error: z.ZodError,
  where: (path: string) => string = (path) => (path === '' ? '' : `field ${path}`),
): string {
  const issue = error.issues[0];
  const place = where(issue.path.map(String).join('.'));
  return place === '' ? issue.message : `${place}: ${issue.message}`;
}
