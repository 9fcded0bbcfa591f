import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { servedCsp } from './scripts/build/csp.ts';
import { installable } from './scripts/build/installable.ts';
import { portablePlugins } from './scripts/build/portable.ts';

// One config for the app, the portable file (`vite build --mode portable`), the unit tests and
// the browser tests. Heavy dependencies are pre-bundled up front: otherwise the first dev run
// discovers them lazily and reloads the page mid-test.
export default defineConfig(({ mode }) => {
  const portable = mode === 'portable';
  return {
    base: './',
    plugins: [react(), installable({ disable: portable }), ...(portable ? portablePlugins('public') : [servedCsp()])],
    optimizeDeps: {
      include: ['h3-js', 'maplibre-gl', '@deck.gl/core', '@deck.gl/layers', '@deck.gl/maplibre'],
      // highs.mjs finds highs.wasm beside itself (new URL(…, import.meta.url)); pre-bundled into
      // node_modules/.vite/deps it would look for the wasm there, where there is none.
      exclude: ['highs'],
    },
    // The portable file starts its workers from blob: URLs, where only classic workers run on file://.
    worker: { format: portable ? 'iife' : 'es' },
    // The portable file carries public/ (the geodata) inside the page instead.
    publicDir: portable ? false : 'public',
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 4000,
      outDir: portable ? 'dist-portable' : 'dist',
      // MapLibre's worker is an .mjs file; older nginx and other plain servers send .mjs without a
      // JavaScript type, and a module worker then refuses to start. Every server knows .js.
      rolldownOptions: {
        output: {
          assetFileNames: (asset) => `assets/[name]-[hash]${asset.names[0]?.endsWith('.mjs') ? '.js' : '[extname]'}`,
        },
      },
    },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            // Vitest runs CPUs − 1 workers by default: one worker on a 2-core machine. The unit tests
            // share no files (every CLI and build test writes into its own mkdtemp folder), so they can
            // use every core: 145 s → 92 s on the 2-core CI machine.
            maxWorkers: '100%',
            include: [
              'src/**/*.test.ts',
              'workers/**/*.test.ts',
              'scripts/**/*.test.ts',
              'test/validation/**/*.test.ts',
            ],
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['test/e2e/**/*.test.ts'],
            globalSetup: ['test/e2e/global-setup.ts'],
            setupFiles: ['test/e2e/csp-guard.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            // Two files at a time, each with its own chromium: one file keeps the two cores about
            // 85% busy (the page's main thread waits on the GPU process and the workers), and a
            // second fills most of the rest.
            maxWorkers: 2,
          },
        },
      ],
    },
  };
});
