/// <reference lib="webworker" />
import { serveWorker } from '../protocol/serve-worker.ts';
import { createPopulationApi } from './population-api.ts';

serveWorker(createPopulationApi());
