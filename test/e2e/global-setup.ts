import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from './chromium.ts';
import { plainStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the built app served for the browser tests, e.g. "http://127.0.0.1:41234/". */
    appUrl: string;
    /** The same build on a plain static server under a sub-path, e.g. "http://127.0.0.1:41235/regiekaart/". */
    staticUrl: string;
    /** The portable file, e.g. "file:///…/dist-portable/regiekaart-mbo.html". */
    portableUrl: string;
  }
}

/** The sub-path of the plain static server: the app must not assume it sits at the root. */
const STATIC_PREFIX = '/regiekaart/';

/** Asks the OS for a free port on 127.0.0.1, so a running `npm start` (port 4173) does not clash. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
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
    throw new Error(
      'The browser tests run against the built app, but dist/index.html is missing. Run `npx vite build` first (`npm test` does).',
    );
  }
  const portable = resolve(root, 'dist-portable/regiekaart-mbo.html');
  if (!existsSync(portable)) {
    throw new Error(
      'The browser tests open the portable file, but dist-portable/regiekaart-mbo.html is missing. Run `npm run build:portable` first (`npm test` does).',
    );
  }
  const port = await freePort();
  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  project.provide('appUrl', `http://127.0.0.1:${port}/`);
  const staticPort = await freePort();
  const staticServer = plainStaticServer(resolve(root, 'dist'), STATIC_PREFIX);
  await new Promise<void>((done) => staticServer.listen(staticPort, '127.0.0.1', done));
  project.provide('staticUrl', `http://127.0.0.1:${staticPort}${STATIC_PREFIX}`);
  project.provide('portableUrl', pathToFileURL(portable).href);
  return async () => {
    await server.close();
    await new Promise((done) => staticServer.close(done));
  };
}
