import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeReport } from './axe.ts';
import { type AppSession, launchChromium, openSession } from './chromium.ts';
import { waitForMapIdle } from './map.ts';
import { MODES, openWithField, switchBoardMode } from './modes.ts';

/**
 * axe-core on every audience mode, with the travel field for niveau 2 on the map (so its legend
 * and overlays are checked too). Serious and critical violations fail the test; the message
 * lists each rule with the elements it hit, so a failure says what to fix and where.
 */
const appUrl = inject('appUrl');

let browser: Browser;
let session: AppSession;

beforeAll(async () => {
  browser = await launchChromium();
  session = await openSession(browser, appUrl);
}, 120_000);

afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

/** Serious and critical axe violations, each with the elements it hit. */
async function blockingViolations(page: Page): Promise<string[]> {
  const { blocking, passes } = await axeReport(page);
  // Guard against a vacuous pass: axe must really have looked at the page's controls.
  expect(passes).toBeGreaterThan(10);
  return blocking;
}

describe.sequential('accessibility (axe-core)', () => {
  for (const mode of MODES) {
    it(`has no serious or critical violations in ${mode}, with a travel field shown`, async () => {
      const { page } = session;
      // The boards' modes switch in one document, as on the big screen, keeping the field.
      if (mode === 'bewerken' || mode === 'publiek') await openWithField(page, appUrl, mode);
      else await switchBoardMode(page, mode);
      await page.getByTestId('travel-legend').waitFor();

      expect(await blockingViolations(page), `axe violations in ${mode}`).toEqual([]);
    }, 300_000);
  }

  // On a phone: the narrow layout (bottom sheet, header menu, folded legend) in each mode, once
  // as it opens and once with the header menu and the legend unfolded.
  for (const mode of MODES) {
    it(`has no serious or critical violations in ${mode} at phone size (390×844)`, async () => {
      const phone = await openSession(
        browser,
        appUrl,
        {},
        {
          viewport: { width: 390, height: 844 },
          isMobile: true,
          hasTouch: true,
        },
      );
      try {
        const { page } = phone;
        const query = mode === 'bewerken' ? '' : `?weergave=${mode}`;
        await page.goto(`${appUrl}${query}#n=2`);
        await page.waitForSelector(`.app[data-weergave="${mode}"][data-narrow="true"]`, { timeout: 60_000 });
        await page.getByTestId('travel-legend').waitFor({ state: 'attached', timeout: 120_000 });
        await waitForMapIdle(page);
        const first = await blockingViolations(page);
        await page.getByTestId('header-menu').click();
        await page.getByTestId('map-legend').locator('summary').click();
        const unfolded = await blockingViolations(page);
        expect({ first, unfolded }, `axe violations in ${mode} on a phone`).toEqual({ first: [], unfolded: [] });
        expect(phone.outsideRequests).toEqual([]);
        expect(phone.errors).toEqual([]);
      } finally {
        await phone.context.close();
      }
    }, 300_000);
  }

  it('asked nothing of any other origin and logged no errors', () => {
    expect(session.outsideRequests).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
