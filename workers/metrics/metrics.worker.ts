/// <reference lib="webworker" />
import { serveWorker } from '../protocol/serve-worker.ts';
import { createMetricsApi } from './metrics-api.ts';

serveWorker(createMetricsApi());
