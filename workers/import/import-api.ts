import { parseAanbodBytes } from '../../src/data/aanbod/parse-csv.ts';
import type { Pc4Point } from '../../src/data/aanbod/pc4.ts';
import type { Location, Qualification } from '../../src/data/geodata/types.ts';
import { readTable } from '../../src/data/table/read-table.ts';
import { reportProgress } from '../protocol/serve-worker.ts';

/** An offer file to read: its bytes (moved to the worker; decoding is part of the work) and what rows are matched against. */
export interface AanbodRequest {
  bytes: ArrayBuffer;
  locations: Location[];
  qualifications: Qualification[];
  pc4: Pc4Point[];
  fileName: string;
  fileDate: string | null;
}

/**
 * The import worker's API: read a DUO offer file, or a file of the user's own figures (CSV or
 * XLSX) into a table, with the parsers the CLI uses. A file of 100,000 rows takes seconds; here
 * the page stays responsive, and the handlers report progress for the bar.
 */
export function createImportApi(progress: (fraction: number) => void = reportProgress) {
  return {
    aanbod(request: AanbodRequest) {
      return parseAanbodBytes(new Uint8Array(request.bytes), { ...request, onProgress: progress }).file;
    },
    table(bytes: ArrayBuffer, fileName: string) {
      return readTable(new Uint8Array(bytes), fileName, progress);
    },
  };
}

export type ImportApi = ReturnType<typeof createImportApi>;
