/// <reference lib="webworker" />
import '../../src/data/zod-without-eval.ts';
import { serveWorker } from '../protocol/serve-worker.ts';
import { createMetricsApi } from './metrics-api.ts';

serveWorker(createMetricsApi());
