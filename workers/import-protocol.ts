import type { OfferFile } from '../src/data/aanbod/offer-file.ts';
import type { Pc4Point } from '../src/data/aanbod/pc4.ts';
import type { Location, Qualification } from '../src/data/geodata/types.ts';
import type { RawTable } from '../src/data/table/raw-table.ts';

/**
 * Messages between the main thread and import.worker.ts. A file of 100,000 rows takes a
 * second or more to read; in the worker the page stays responsive and a progress bar moves.
 * One request per worker: the client starts a worker for an import and ends it afterwards.
 */
export interface AanbodRequest {
  type: 'aanbod';
  /** The file's bytes (transferred): decoding is part of the work. */
  bytes: ArrayBuffer;
  locations: Location[];
  qualifications: Qualification[];
  pc4: Pc4Point[];
  fileName: string;
  fileDate: string | null;
}

/** An indicator file (CSV or XLSX) read into a table of text cells, before the user maps its columns. */
export interface TableRequest {
  type: 'table';
  bytes: ArrayBuffer;
  fileName: string;
}

export type ImportRequest = AanbodRequest | TableRequest;

export type ImportResponse =
  | { type: 'progress'; fraction: number }
  | { type: 'aanbod'; file: OfferFile }
  | { type: 'table'; table: RawTable }
  | { type: 'error'; message: string };
