import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readHashParams } from './hash-params.ts';

const schema = z
  .object({
    lon: z
      .string()
      .regex(/^-?\d+(\.\d+)?$/)
      .optional(),
  })
  .refine((v) => v.lon !== '0', { params: { rule: 'camera' } });

describe('readHashParams', () => {
  it('names the parameter and the start of its value', () => {
    expect(readHashParams('#lon=abc', ['lon'], schema)).toEqual({
      data: null,
      problem: { kind: 'invalid', key: 'lon', value: 'abc' },
    });
    const long = 'x'.repeat(60);
    expect(readHashParams(`#lon=${long}`, ['lon'], schema).problem).toEqual({
      kind: 'invalid',
      key: 'lon',
      value: 'x'.repeat(40),
    });
  });

  it('names the rule of a problem of the whole set, a repeated key, and reads good values', () => {
    expect(readHashParams('#lon=0', ['lon'], schema).problem).toEqual({ kind: 'combination', rule: 'camera' });
    expect(readHashParams('#lon=5.1&other=x', ['lon'], schema)).toEqual({ data: { lon: '5.1' }, problem: null });
    expect(readHashParams('#lon=1&lon=2', ['lon'], schema).problem).toEqual({ kind: 'repeated', key: 'lon' });
  });

  it('refuses, as a bug, a check across parameters that names no rule', () => {
    const unnamed = z.object({ a: z.string().optional() }).refine(() => false);
    expect(() => readHashParams('#a=1', ['a'], unnamed)).toThrow(/names no rule/);
  });
});
