import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeFirstIssue } from './first-issue.ts';

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
