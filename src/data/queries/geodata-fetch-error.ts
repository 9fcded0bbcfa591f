import { GeodataError } from '../geodata/index.ts';

/** A geodata file that could not be fetched at all (missing, server error, offline). */
export class GeodataFetchError extends GeodataError {
  /** HTTP status, or null when there was no response. */
  readonly status: number | null;

  constructor(file: string, status: number | null, reason: string, options?: { cause?: unknown }) {
    super(file, reason, options);
    this.name = 'GeodataFetchError';
    this.status = status;
  }
}
