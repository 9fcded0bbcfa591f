import Papa from 'papaparse';
import { z } from 'zod';
import { describeFirstIssue } from '../../../src/engine/validation/first-issue.ts';
import { SourceError } from './source-error.ts';

/**
 * Parses CSV text with a header row and validates every row with `schema`.
 * Errors name the file, the 1-based line in the file (quoted fields may span lines, so rows and
 * lines differ) and the offending field.
 */
export function parseCsv<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  options: CsvOptions = {},
): z.infer<S>[] {
  return parseCsvWithLines(text, file, schema, options).map((row) => row.value);
}

export interface CsvOptions {
  /**
   * The last column is unquoted free text that may contain commas: extra fields are joined
   * back into it instead of failing the row. Use only for note columns of known sources.
   */
  lastColumnIsFreeText?: boolean;
}

export interface CsvRow<T> {
  /** 1-based line in the file where the row starts, for error messages in later joins. */
  line: number;
  value: T;
}

/** Like parseCsv, but keeps each row's line number. */
export function parseCsvWithLines<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  options: CsvOptions = {},
): CsvRow<z.infer<S>>[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new SourceError(file, 'is empty');

  const rows: CsvRow<z.infer<S>>[] = [];
  // Track the 1-based line of each row: quoted fields may span lines, so rows and lines differ.
  const headerEnd = body.indexOf('\n');
  let pos = headerEnd === -1 ? body.length : headerEnd + 1;
  let line = 2;
  const advance = (to: number) => {
    for (; pos < to; pos++) if (body.charCodeAt(pos) === 10) line++;
  };
  let header: string[] | null = null;
  let failure: SourceError | null = null;

  Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: true,
    step(result, parser) {
      // meta.cursor is the offset just after this row; blank lines before it are skipped.
      const rowEnd = result.meta.cursor;
      advance(skipNewlines(body, pos, rowEnd));
      const rowLine = line;
      advance(rowEnd);

      if (header === null) {
        header = result.meta.fields ?? [];
        const missing = missingColumns(schema, header);
        if (missing.length > 0) {
          failure = new SourceError(
            file,
            `missing column(s) ${missing.join(', ')} (header has: ${header.join(', ')})`,
            1,
          );
          parser.abort();
          return;
        }
      }
      const data = result.data as Record<string, unknown>;
      const extra = data.__parsed_extra;
      if (options.lastColumnIsFreeText && Array.isArray(extra) && header.length > 0) {
        const last = header[header.length - 1];
        data[last] = [data[last], ...extra].join(',');
        delete data.__parsed_extra;
        result.errors = result.errors.filter((e) => e.code !== 'TooManyFields');
      }
      const fieldError = result.errors[0];
      if (fieldError) {
        failure = new SourceError(file, `malformed row: ${fieldError.message}`, rowLine);
        parser.abort();
        return;
      }
      const parsed = schema.safeParse(result.data);
      if (!parsed.success) {
        const row = result.data as Record<string, unknown>;
        const where = (field: string) => {
          const value = field.includes('.') ? undefined : row[field];
          return `field "${field || 'row'}"${value === undefined ? '' : ` (value ${JSON.stringify(value)})`}`;
        };
        failure = new SourceError(file, describeFirstIssue(parsed.error, where), rowLine);
        parser.abort();
        return;
      }
      rows.push({ line: rowLine, value: parsed.data });
    },
  });
  if (failure) throw failure;
  if (header === null) throw new SourceError(file, 'has a header but no data rows');
  return rows;
}

function skipNewlines(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (text[i] === '\n' || text[i] === '\r')) i++;
  return i;
}

function missingColumns(schema: z.ZodType, header: string[]): string[] {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape) return [];
  return Object.entries(shape)
    .filter(([key, field]) => !header.includes(key) && !field.safeParse(undefined).success)
    .map(([key]) => key);
}

/** Reusable field types for CSV text cells. */
export const csvField = {
  text: z.string(),
  nonEmpty: z.string().trim().min(1, 'is empty'),
  int: z
    .string()
    .trim()
    .regex(/^-?\d+$/, 'is not a whole number')
    .transform(Number),
  number: z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, 'is not a number')
    .transform(Number),
  lon: z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, 'is not a number')
    .transform(Number)
    .refine((v) => v >= -180 && v <= 180, 'is not a longitude'),
  lat: z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, 'is not a number')
    .transform(Number)
    .refine((v) => v >= -90 && v <= 90, 'is not a latitude'),
  /** A count of people; empty = not published (null). */
  optionalCount: z
    .string()
    .trim()
    .regex(/^(\d+)?$/, 'is not a whole number ≥ 0')
    .transform((v) => (v === '' ? null : Number(v))),
};
