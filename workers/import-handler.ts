import { parseAanbodBytes } from '../src/data/aanbod/parse-csv.ts';
import { readTable } from '../src/data/table/read-table.ts';
import type { ImportRequest, ImportResponse } from './import-protocol.ts';

/**
 * The import worker's one job, apart from the worker global so it can be tested directly:
 * parse the request with the shared parsers (the CLI uses the same ones) and post progress,
 * then the result or the error message.
 */
export function handleImport(request: ImportRequest, post: (message: ImportResponse) => void): void {
  const onProgress = (fraction: number) => post({ type: 'progress', fraction });
  try {
    const bytes = new Uint8Array(request.bytes);
    if (request.type === 'aanbod') {
      const { file } = parseAanbodBytes(bytes, { ...request, onProgress });
      post({ type: 'aanbod', file });
    } else {
      post({ type: 'table', table: readTable(bytes, request.fileName, onProgress) });
    }
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
