/// <reference lib="webworker" />
import loadHighs from 'highs';
// The solver's WebAssembly, bundled as a local asset: no request leaves the app's origin.
import highsWasmUrl from 'highs/runtime?url';
import { serveWorker } from '../protocol/serve-worker.ts';
import { createPlacementApi } from './placement-api.ts';

serveWorker(createPlacementApi(() => loadHighs({ locateFile: () => highsWasmUrl })));
