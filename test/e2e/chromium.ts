import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
  type Route,
} from 'playwright-core';

/** Debian's chromium (apt-get install -y chromium); Playwright's own browsers are not used. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags verified on this kind of machine (STACK-NOTES): SwiftShader WebGL, no network side
 * channels. Playwright adds --headless and a fresh profile itself.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
];

/**
 * The screen of every session unless a test asks for another: a laptop, big enough for the two
 * side panels beside the map, small enough that software WebGL, which pays for every pixel of
 * every frame, stays quick (a frame with a travel field: about 115 ms here against 145 ms at 1400×900).
 */
export const LAPTOP_VIEWPORT = { width: 1280, height: 720 };

/** A desktop screen, for tests of what must fit in a side panel at 1400 px. */
export const DESKTOP_VIEWPORT = { width: 1400, height: 900 };

/** `extraArgs`, e.g. `--host-resolver-rules=…` to reach the app under a LAN-style host name. */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** Context options for a test of the service worker, which every other session blocks. */
export const WITH_SERVICE_WORKER = { serviceWorkers: 'allow' } as const satisfies BrowserContextOptions;

/** Waits until the page's service worker is active, which means it has precached every file. */
export async function serviceWorkerActive(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active?.state !== 'activated') {
      await new Promise((done) => registration.active!.addEventListener('statechange', done, { once: true }));
    }
  });
}

/**
 * Content-Security-Policy violations seen in any session; test/e2e/csp-guard.ts fails the test
 * during which one happened, so every browser test enforces the policy.
 */
export const cspViolations: string[] = [];

export interface AppSession {
  context: BrowserContext;
  page: Page;
  /** Every URL requested by the page or its workers, in order. */
  requests: string[];
  /** Requests to any origin other than the app's own (blocked and recorded). */
  outsideRequests: string[];
  /** console.error messages and uncaught page errors. */
  errors: string[];
}

/** data: and blob: URLs never leave the browser. */
function isLocal(url: string, appOrigin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === appOrigin;
  } catch {
    return false;
  }
}

/**
 * A fresh browser context on the app. Every request is recorded; any request to another origin
 * is aborted and recorded in `outsideRequests`, which the tests assert to be empty.
 * `routes` lets a test replace responses (e.g. serve a broken geodata file).
 */
export async function openSession(
  browser: Browser,
  appUrl: string,
  routes: Record<string, (route: Route) => Promise<void>> = {},
  contextOptions: BrowserContextOptions = {},
): Promise<AppSession> {
  const appOrigin = new URL(appUrl).origin;
  const context = await browser.newContext({
    viewport: LAPTOP_VIEWPORT,
    deviceScaleFactor: 1,
    // The service worker precaches every file, geodata included, in the background of each new
    // session: work that competes with the test for the CPU. Only the tests about it let it run.
    serviceWorkers: 'block',
    // MapLibre jumps instead of animating camera moves for a user who asks for reduced motion:
    // each animation frame of the national field costs a second or more in software WebGL, and
    // no test is about the animation itself.
    reducedMotion: 'reduce',
    ...contextOptions,
  });
  const session: AppSession = { context, page: await context.newPage(), requests: [], outsideRequests: [], errors: [] };
  context.on('request', (request) => {
    const url = request.url();
    session.requests.push(url);
    if (!isLocal(url, appOrigin)) session.outsideRequests.push(url);
  });
  await context.route('**/*', (route) =>
    isLocal(route.request().url(), appOrigin) ? route.fallback() : route.abort('blockedbyclient'),
  );
  for (const [pattern, handler] of Object.entries(routes)) await context.route(pattern, handler);
  await context.exposeBinding('__regiekaartCspViolation', (_source, text: string) => cspViolations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __regiekaartCspViolation(text: string): void }).__regiekaartCspViolation;
      report(
        `${event.effectiveDirective} refused ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  session.page.on('console', (message) => {
    if (message.type() === 'error') session.errors.push(message.text());
    // Workers report violations only on their console.
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  session.page.on('pageerror', (error) => session.errors.push(`${error.name}: ${error.message}`));
  return session;
}
