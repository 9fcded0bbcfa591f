import type { OfferFile } from '../src/data/aanbod/offer-file.ts';
import type { RawTable } from '../src/data/table/raw-table.ts';
import type { AanbodRequest, ImportRequest, ImportResponse, TableRequest } from './import-protocol.ts';

export type CreateWorker = () => Worker;

/** A parse that takes longer than this is stuck (100,000 rows take a few seconds): the worker is ended. */
export const IMPORT_TIMEOUT_MS = 120_000;

function defaultWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
}

/**
 * Runs one request in a fresh import worker and ends the worker when it answers: imports are
 * rare, and a worker that is gone holds no copy of the file. The bytes are transferred.
 */
function run<T>(request: ImportRequest, pick: (m: ImportResponse) => T | undefined, onProgress: (f: number) => void, create: CreateWorker): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = create();
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new Error(`reading the file took longer than ${IMPORT_TIMEOUT_MS / 1000} s and was stopped`));
    }, IMPORT_TIMEOUT_MS);
    const finish = () => {
      clearTimeout(timer);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.fraction);
      finish();
      if (message.type === 'error') return reject(new Error(message.message));
      const value = pick(message);
      if (value === undefined) reject(new Error(`import worker answered "${message.type}" to a "${request.type}" request`));
      else resolve(value);
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(`the import worker failed: ${event.message || 'it could not be started'}`));
    };
    worker.postMessage(request, [request.bytes]);
  });
}

export function parseAanbodInWorker(request: Omit<AanbodRequest, 'type'>, onProgress: (f: number) => void, create: CreateWorker = defaultWorker): Promise<OfferFile> {
  return run({ type: 'aanbod', ...request }, (m) => (m.type === 'aanbod' ? m.file : undefined), onProgress, create);
}

export function readTableInWorker(request: Omit<TableRequest, 'type'>, onProgress: (f: number) => void, create: CreateWorker = defaultWorker): Promise<RawTable> {
  return run({ type: 'table', ...request }, (m) => (m.type === 'table' ? m.table : undefined), onProgress, create);
}
