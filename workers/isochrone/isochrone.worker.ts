/// <reference lib="webworker" />
import { serveWorker } from '../protocol/serve-worker.ts';
import { createIsochroneApi } from './isochrone-api.ts';

serveWorker(createIsochroneApi());
