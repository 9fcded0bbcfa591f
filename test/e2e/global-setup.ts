import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the built app served for the browser tests, e.g. "http://127.0.0.1:41234/". */
    appUrl: string;
  }
}

/** Asks the OS for a free port on 127.0.0.1, so a running `npm start` (port 4173) does not clash. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Serves the built app (dist/) for the browser tests and hands its address to them. Fails loudly,
 * never skips, when chromium or the build is missing.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The browser tests need Debian chromium at ${CHROMIUM_PATH}, which is missing. ` +
        'Install it with: apt-get update && apt-get install -y chromium',
    );
  }
  const root = project.config.root;
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    throw new Error('The browser tests run against the built app, but dist/index.html is missing. Run `npx vite build` first (`npm test` does).');
  }
  const port = await freePort();
  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  project.provide('appUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await server.close();
  };
}
