import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { type CsvOptions, type CsvRow, parseCsvWithLines } from './lib/csv.ts';
import { SourceError } from './lib/source-error.ts';

/**
 * The plug-in interface of `npm run data`.
 *
 * build.ts runs the steps listed in steps.ts in order. Each step reads sources (and the outputs
 * of earlier steps) through the BuildContext and returns its outputs; the runner writes them to
 * `outDir` before the next step runs, so a later step can read them with `readOutput`. After
 * the last step build.ts writes manifest.json with the sha256, size, rows and source ids of
 * every output, plus the source registry (sources.ts).
 *
 * Rules for a step: be deterministic (no timestamps, stable sort order, fixed rounding), name
 * the source ids (sources.ts) each output came from, and throw SourceError for bad input.
 */
export interface BuildContext {
  /** Absolute path of the source data directory (../shared/data or $REGIEKAART_SOURCES). */
  sourcesDir: string;
  /**
   * Absolute path of the directory this build writes to: a staging directory, copied to
   * public/geodata only when every step has succeeded. Prefer readOutput over reading it directly.
   */
  outDir: string;
  /** Absolute path of a source file; throws SourceError if it does not exist. */
  sourcePath(relPath: string): Promise<string>;
  /** A source file as UTF-8 text; throws SourceError if it is missing. */
  readSourceText(relPath: string): Promise<string>;
  /** A source file parsed as JSON; throws SourceError naming the file if it is missing or invalid. */
  readSourceJson(relPath: string): Promise<unknown>;
  /** A CSV source (header row) with every row validated; errors name file, line and field. */
  readSourceCsv<S extends z.ZodType>(relPath: string, rowSchema: S, options?: CsvOptions): Promise<z.infer<S>[]>;
  /** Like readSourceCsv, with each row's line number (for errors found in later joins). */
  readSourceCsvLines<S extends z.ZodType>(
    relPath: string,
    rowSchema: S,
    options?: CsvOptions,
  ): Promise<CsvRow<z.infer<S>>[]>;
  /** An output written by an earlier step (path relative to outDir). */
  readOutput(relPath: string): Promise<Uint8Array>;
  /** An output written by an earlier step, as UTF-8 text. */
  readOutputText(relPath: string): Promise<string>;
  /** Progress and findings, printed to stdout. */
  log(message: string): void;
  /**
   * Adds a section to build-report.json (checks, counts, and every record that needed
   * attention, e.g. a location outside every gemeente). Data must be deterministic.
   */
  report(section: string, data: unknown): void;
}

export interface StepOutput {
  /** Path relative to outDir, e.g. "grid.bin". */
  path: string;
  data: Uint8Array | string;
  /** Number of records (cells, rows, features) in the file. */
  rows: number;
  /** Source ids from sources.ts. */
  sources: string[];
}

export interface BuildStep {
  id: string;
  run(ctx: BuildContext): Promise<StepOutput[]>;
}

export function createContext(
  sourcesDir: string,
  outDir: string,
  report: (section: string, data: unknown) => void,
  log: (message: string) => void = console.log,
): BuildContext {
  const sourcePath = async (relPath: string) => {
    const full = path.join(sourcesDir, relPath);
    try {
      await access(full);
    } catch {
      throw new SourceError(relPath, `source file is missing (looked in ${sourcesDir})`);
    }
    return full;
  };
  const readSourceText = async (relPath: string) => readFile(await sourcePath(relPath), 'utf8');
  return {
    sourcesDir,
    outDir,
    sourcePath,
    readSourceText,
    async readSourceJson(relPath) {
      const text = await readSourceText(relPath);
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new SourceError(relPath, `is not valid JSON (${(error as Error).message})`, null, { cause: error });
      }
    },
    async readSourceCsv(relPath, rowSchema, options) {
      return parseCsvWithLines(await readSourceText(relPath), relPath, rowSchema, options).map((row) => row.value);
    },
    async readSourceCsvLines(relPath, rowSchema, options) {
      return parseCsvWithLines(await readSourceText(relPath), relPath, rowSchema, options);
    },
    async readOutput(relPath) {
      try {
        return new Uint8Array(await readFile(path.join(outDir, relPath)));
      } catch {
        throw new Error(`output ${relPath} is not there yet: the step that writes it must run earlier`);
      }
    },
    async readOutputText(relPath) {
      return new TextDecoder().decode(await this.readOutput(relPath));
    },
    log,
    report,
  };
}
