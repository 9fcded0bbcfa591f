import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One config for the app, the unit tests and the browser tests.
// Heavy dependencies are pre-bundled up front: otherwise the first dev run discovers them
// lazily and reloads the page mid-test.
export default defineConfig({
  base: './',
  plugins: [react()],
  optimizeDeps: {
    include: ['h3-js', 'maplibre-gl', '@deck.gl/core', '@deck.gl/layers', '@deck.gl/geo-layers', '@deck.gl/maplibre'],
  },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'workers/**/*.test.ts', 'scripts/**/*.test.ts', 'test/validation/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
