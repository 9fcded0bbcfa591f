import type { Browser, BrowserContextOptions, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type AppSession, launchChromium, openSession } from './chromium.ts';
import { waitForMapIdle } from './map.ts';

/**
 * The patterns that keep the browser tests fast, for new test files to reuse:
 * - one browser per file (`fileBrowser`), and one session per file where the tests do not need a
 *   fresh one (open it in `beforeAll`, run the steps with `describe.sequential`);
 * - `openApp` for a fresh session on the settled map, closed and checked after each test;
 * - the laptop screen every session starts with (`LAPTOP_VIEWPORT`) unless a test is about a size:
 *   software WebGL pays for every pixel;
 * - waiting on what the app says (`waitForReady`: `aria-busy="false"` on a computed panel) and
 *   never on fixed timeouts.
 */

/**
 * Launches one chromium for the test file (in `beforeAll`) and closes it afterwards; sessions
 * opened with the returned `openApp` are closed after each test, which then also asserts that the
 * app asked nothing of another origin and, with `noErrors`, that it logged no error.
 */
export function fileBrowser({ noErrors = false }: { noErrors?: boolean } = {}) {
  let browser: Browser | undefined;
  const open: AppSession[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const sessions = open.splice(0);
    for (const s of sessions) await s.context.close();
    for (const s of sessions) expect(s.outsideRequests).toEqual([]);
    if (noErrors) for (const s of sessions) expect(s.errors).toEqual([]);
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('fileBrowser: the browser is launched in beforeAll');
      return browser;
    },
    /** A fresh session on `url` + `hash`, returned once the map has settled. */
    async openApp(
      url: string,
      hash = '',
      options: {
        routes?: Record<string, (route: Route) => Promise<void>>;
        context?: BrowserContextOptions;
        /** Runs on the new page before it loads the app, e.g. an init script that blocks storage. */
        beforeLoad?: (page: Page) => Promise<unknown>;
        /** Another browser (e.g. one with host-resolver rules); closing it stays with the caller. */
        browser?: Browser;
      } = {},
    ): Promise<AppSession> {
      const session = await openSession(options.browser ?? this.browser, url, options.routes, options.context);
      open.push(session);
      await options.beforeLoad?.(session.page);
      await session.page.goto(url + hash);
      await waitForMapIdle(session.page);
      return session;
    },
  };
}

/** Waits until the app marks `testId` as computed (`aria-busy="false"`): the figures are current. */
export async function waitForReady(page: Page, testId: string, timeout = 180_000): Promise<void> {
  await page.locator(`[data-testid="${testId}"][aria-busy="false"]`).waitFor({ timeout });
}

/**
 * Opens the collapsible section titled `title` unless it is open already (`open` is a boolean
 * attribute: present and empty when open, so only its absence means closed).
 */
export async function openSection(page: Page, title: string): Promise<void> {
  const details = page.locator('details', { has: page.getByText(title, { exact: true }) });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}
