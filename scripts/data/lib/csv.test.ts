import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { csvField, parseCsv, parseCsvWithLines } from './csv.ts';
import { SourceError } from './source-error.ts';

const schema = z.object({ code: csvField.nonEmpty, note: csvField.text, value: csvField.int });

function errorOf(fn: () => unknown): SourceError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return error as SourceError;
  }
  throw new Error('expected a SourceError');
}

describe('parseCsv', () => {
  it('parses and converts rows, keeping their line numbers across quoted line breaks', () => {
    const text = 'code,note,value\nA,"first\nnote",1\n\nB,plain,2\n';
    expect(parseCsv(text, 'x.csv', schema)).toEqual([
      { code: 'A', note: 'first\nnote', value: 1 },
      { code: 'B', note: 'plain', value: 2 },
    ]);
    expect(parseCsvWithLines(text, 'x.csv', schema).map((r) => r.line)).toEqual([2, 5]);
  });

  it('names file, line and field of an invalid value', () => {
    const error = errorOf(() => parseCsv('code,note,value\nA,"multi\nline",1\nB,x,seven\n', 'mbo/x.csv', schema));
    expect(error.file).toBe('mbo/x.csv');
    expect(error.line).toBe(4);
    expect(error.message).toBe('mbo/x.csv:4: field "value" (value "seven"): is not a whole number');
  });

  it('names the line of a row with too many or too few fields', () => {
    const error = errorOf(() => parseCsv('code,note,value\nA,x,1\nB,x,2,extra\n', 'x.csv', schema));
    expect(error.line).toBe(3);
    expect(error.reason).toMatch(/malformed row: Too many fields/);
    expect(errorOf(() => parseCsv('code,note,value\nA,x\n', 'x.csv', schema)).reason).toMatch(/Too few fields/);
  });

  it('reports missing columns against the header', () => {
    const error = errorOf(() => parseCsv('code,value\nA,1\n', 'x.csv', schema));
    expect(error.line).toBe(1);
    expect(error.reason).toMatch(/missing column\(s\) note/);
  });

  it('rejects an empty file and a file without data rows', () => {
    expect(errorOf(() => parseCsv('', 'x.csv', schema)).reason).toBe('is empty');
    expect(errorOf(() => parseCsv('code,note,value\n', 'x.csv', schema)).reason).toMatch(/no data rows/);
  });

  it('joins unquoted commas back into a free-text last column only when asked', () => {
    const text = 'code,value,note\nA,1,one, two, three\n';
    const freeText = z.object({ code: csvField.nonEmpty, value: csvField.int, note: csvField.text });
    expect(parseCsv(text, 'x.csv', freeText, { lastColumnIsFreeText: true })).toEqual([
      { code: 'A', value: 1, note: 'one, two, three' },
    ]);
    expect(() => parseCsv(text, 'x.csv', freeText)).toThrow(SourceError);
  });

  it('strips a byte-order mark', () => {
    expect(parseCsv('\ufeffcode,note,value\nA,,3\n', 'x.csv', schema)).toEqual([{ code: 'A', note: '', value: 3 }]);
  });
});
