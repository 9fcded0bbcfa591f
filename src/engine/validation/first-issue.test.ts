import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeFirstIssue, describeIssues } from './first-issue.ts';

const schema = z.object({ lon: z.number(), tags: z.array(z.string()) });
const errorOf = (input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return result.error;
};

describe('describeFirstIssue', () => {
  it('names the field of the first problem by its dotted path', () => {
    expect(describeFirstIssue(errorOf({ lon: 'east', tags: [] }))).toMatch(/^field lon: .*number/);
    expect(describeFirstIssue(errorOf({ lon: 1, tags: ['a', 2] }))).toMatch(/^field tags\.1: /);
  });

  it('gives only the reason at the top level, and lets the caller word the place', () => {
    const top = errorOf(5);
    expect(describeFirstIssue(top)).toBe(top.issues[0].message);
    expect(describeFirstIssue(errorOf({ lon: 'x', tags: [] }), (path) => `parameter "${path}"`)).toMatch(
      /^parameter "lon": /,
    );
  });
});

describe('describeIssues', () => {
  const rows = z.array(z.object({ n: z.number() }));
  const rowsError = (input: unknown) => {
    const result = rows.safeParse(input);
    if (result.success) throw new Error('expected a failure');
    return result.error;
  };
  const record = (_path: string, parts: readonly PropertyKey[]) =>
    parts.map((p) => (typeof p === 'number' ? `record ${p + 1}` : String(p))).join(', ');

  it('lists the first problems with their places, and counts the rest', () => {
    const error = rowsError([{ n: 'a' }, { n: 'b' }, { n: 'c' }, { n: 'd' }, { n: 'e' }]);
    const text = describeIssues(error, record);
    expect(text).toMatch(/^record 1, n: .*number.*; record 2, n: .*; record 3, n: .* \(and 2 more problems\)$/);
    expect(describeIssues(error, record, 5)).not.toMatch(/more problems/);
  });

  it('names the field by default, or the place the caller words from the path', () => {
    const error = rowsError([{ n: 1 }, { n: 'x' }]);
    expect(describeIssues(error)).toMatch(/^field 1\.n: /);
    expect(describeFirstIssue(error, (path) => `column "${path}"`)).toMatch(/^column "1\.n": /);
  });
});
