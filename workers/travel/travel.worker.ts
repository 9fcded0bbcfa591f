/// <reference lib="webworker" />
import { serveWorker } from '../protocol/serve-worker.ts';
import { createTravelApi } from './travel-api.ts';

serveWorker(createTravelApi());
