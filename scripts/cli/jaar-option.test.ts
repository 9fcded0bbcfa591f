import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { JAAR_OPTION, JAAR_USAGE, jaarLabel, jaarOption } from './jaar-option.ts';

const parse = (args: string[]) => jaarOption(parseArgs({ args, options: { ...JAAR_OPTION } }).values.jaar);

describe('--jaar', () => {
  it('defaults to 2021 and takes 2026 and 2031', () => {
    expect(parse([])).toBe(2021);
    expect(parse(['--jaar', '2026'])).toBe(2026);
    expect(parse(['--jaar=2031'])).toBe(2031);
  });

  it('refuses any other year, naming the allowed values', () => {
    expect(() => parse(['--jaar', '2030'])).toThrow('--jaar: "2030" is not an allowed year; allowed: 2021, 2026, 2031');
    expect(() => parse(['--jaar', 'volgend jaar'])).toThrow(/allowed: 2021, 2026, 2031/);
    expect(() => parse(['--jaar'])).toThrow(/argument missing/);
  });

  it('labels the later years as today’s children, never as a forecast', () => {
    expect(jaarLabel(2021)).toBeNull();
    expect(jaarLabel(2031)).toMatch(/de kinderen van nu, zonder verhuizingen \(geen prognose\).*not a forecast/);
    expect(JAAR_USAGE).toBe('[--jaar 2021|2026|2031]');
  });
});
