/// <reference lib="webworker" />
import loadHighs from 'highs';
import { serveWorker } from '../protocol/serve-worker.ts';
import { createPlacementApi } from './placement-api.ts';

// No locateFile: highs.mjs finds its WebAssembly with `new URL('highs.wasm', import.meta.url)`,
// which Vite bundles as a local asset (dist/assets/, precached by the service worker) and, in the
// portable file, inlines as a data: URL. Passing our own `highs/runtime?url` as well would put
// a second 4.7 MB base64 copy of the same wasm into the portable file.
serveWorker(createPlacementApi(() => loadHighs()));
