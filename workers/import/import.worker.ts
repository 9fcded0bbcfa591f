/// <reference lib="webworker" />
import { serveWorker } from '../protocol/serve-worker.ts';
import { createImportApi } from './import-api.ts';

serveWorker(createImportApi());
