import type { OfferFile } from '../../src/data/aanbod/offer-file.ts';
import type { RawTable } from '../../src/data/table/raw-table.ts';
import { createWorkerClient } from '../protocol/worker-client.ts';
import type { AanbodRequest, ImportApi } from './import-api.ts';

export type CreateWorker = () => Worker;

/** A read that takes longer than this is stuck (100,000 rows take seconds): the worker is ended. */
export const IMPORT_TIMEOUT_MS = 120_000;

const defaultWorker: CreateWorker = () =>
  new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });

/**
 * One call in a fresh import worker, which is ended when it answers: imports are rare, and a
 * worker that is gone holds no copy of the file. The file's bytes are moved, not copied.
 */
async function once<T>(
  run: (client: ReturnType<typeof createWorkerClient<ImportApi>>) => Promise<T>,
  create: CreateWorker,
): Promise<T> {
  const client = createWorkerClient<ImportApi>({ name: 'import', create });
  const timer = setTimeout(() => client.terminate(), IMPORT_TIMEOUT_MS);
  try {
    return await run(client);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw new Error(`reading the file took longer than ${IMPORT_TIMEOUT_MS / 1000} s and was stopped`, {
        cause: error,
      });
    }
    throw error;
  } finally {
    clearTimeout(timer);
    client.terminate();
  }
}

export function parseAanbodInWorker(
  request: AanbodRequest,
  onProgress: (fraction: number) => void,
  create: CreateWorker = defaultWorker,
): Promise<OfferFile> {
  return once((client) => client.call('aanbod', [request], { transfer: [request.bytes], onProgress }), create);
}

export function readTableInWorker(
  bytes: ArrayBuffer,
  fileName: string,
  onProgress: (fraction: number) => void,
  create: CreateWorker = defaultWorker,
): Promise<RawTable> {
  return once((client) => client.call('table', [bytes, fileName], { transfer: [bytes], onProgress }), create);
}
