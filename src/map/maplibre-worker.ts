import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

// Vite does not emit MapLibre 6's worker by itself; without this the production build draws a
// blank map ("Worker failed to load"). Imported once, before any map is created.
setWorkerUrl(workerUrl);
