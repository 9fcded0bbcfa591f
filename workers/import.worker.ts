/// <reference lib="webworker" />
/** Entry point of the import worker: wires the worker global to handleImport. */
import { handleImport } from './import-handler.ts';
import type { ImportRequest, ImportResponse } from './import-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ImportRequest>) => handleImport(event.data, (message: ImportResponse) => self.postMessage(message));
