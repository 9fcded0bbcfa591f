/**
 * A problem with a source file. The build stops on it and prints
 * "<file>[:<line>]: <reason>" so the user knows exactly where to look.
 */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly reason: string;

  constructor(file: string, reason: string, line: number | null = null, options?: { cause?: unknown }) {
    super(`${file}${line === null ? '' : `:${line}`}: ${reason}`, options);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
