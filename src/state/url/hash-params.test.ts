import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readHashParams } from './hash-params.ts';

const schema = z
  .object({
    lon: z
      .string()
      .regex(/^-?\d+(\.\d+)?$/, 'is not a decimal number')
      .optional(),
  })
  .refine((v) => v.lon !== '0', { message: 'the map cannot be at 0' });

describe('readHashParams', () => {
  it('names the parameter and the start of its value before the reason', () => {
    expect(readHashParams('#lon=abc', ['lon'], schema)).toEqual({
      data: null,
      error: 'parameter "lon" ("abc") is not a decimal number',
    });
    const long = 'x'.repeat(60);
    expect(readHashParams(`#lon=${long}`, ['lon'], schema).error).toBe(
      `parameter "lon" ("${'x'.repeat(40)}") is not a decimal number`,
    );
  });

  it('gives only the reason for a problem of the whole set, and reads good values', () => {
    expect(readHashParams('#lon=0', ['lon'], schema).error).toBe('the map cannot be at 0');
    expect(readHashParams('#lon=5.1&other=x', ['lon'], schema)).toEqual({ data: { lon: '5.1' }, error: null });
    expect(readHashParams('#lon=1&lon=2', ['lon'], schema).error).toBe('parameter "lon" occurs more than once');
  });
});
