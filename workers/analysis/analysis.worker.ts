/// <reference lib="webworker" />
import { serveWorker } from '../protocol/serve-worker.ts';
import { createAnalysisApi } from './analysis-api.ts';

serveWorker(createAnalysisApi());
