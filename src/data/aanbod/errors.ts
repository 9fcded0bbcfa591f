/**
 * The file as a whole cannot be used as an opleidingsaanbod (not CSV, or required columns
 * missing). Row-level problems are not errors: they are listed as rejected rows.
 */
export class AanbodFileError extends Error {
  readonly file: string;
  readonly missingColumns: string[];

  constructor(file: string, reason: string, missingColumns: string[]) {
    const missing = missingColumns.length > 0 ? `; required columns missing: ${missingColumns.join(', ')}` : '';
    super(`${file}: ${reason}${missing}`);
    this.name = 'AanbodFileError';
    this.file = file;
    this.missingColumns = missingColumns;
  }
}
