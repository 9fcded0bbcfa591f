/// <reference lib="webworker" />
// First: the offer file's schemas are zod, and the CSP forbids the eval zod probes for.
import '../../src/data/zod-without-eval.ts';
import { serveWorker } from '../protocol/serve-worker.ts';
import { createImportApi } from './import-api.ts';

serveWorker(createImportApi());
