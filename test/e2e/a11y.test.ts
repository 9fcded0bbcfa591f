import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { presentationMessages } from '../../src/i18n/presentation.ts';
import { launchChromium, openSession, type AppSession } from './chromium.ts';
import { waitForMapIdle } from './map.ts';

/**
 * axe-core on every audience mode, with the travel field for niveau 2 on the map (so its legend
 * and overlays are checked too). Serious and critical violations fail the test; the message
 * lists each rule with the elements it hit, so a failure says what to fix and where.
 */
const appUrl = inject('appUrl');
const MODES = ['bewerken', 'presentatie', 'sector', 'publiek'] as const;
const t = presentationMessages.nl;

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

/**
 * Brings the page into `mode` with the niveau 2 travel field drawn. The board's modes are
 * switched with the header buttons on one loaded page, as a user does, so the field is computed
 * once; the public view is reached only through its own link, so it is loaded.
 */
async function showMode(page: Page, mode: (typeof MODES)[number]): Promise<void> {
  if (mode === 'bewerken' || mode === 'publiek') {
    await page.goto(`${appUrl}${mode === 'publiek' ? '?weergave=publiek' : ''}#n=2`);
  } else {
    await page.getByTestId('weergave-switch').getByRole('button', { name: t.modes[mode] }).click();
  }
  await page.waitForSelector(`.app[data-weergave="${mode}"]`, { timeout: 60_000 });
  await page.getByTestId('travel-legend').waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid="travel-progress"]'), undefined, { timeout: 120_000 });
  await waitForMapIdle(page);
}

describe.sequential('accessibility (axe-core)', () => {
  for (const mode of MODES) {
    it(`has no serious or critical violations in ${mode}, with a travel field shown`, async () => {
      const { page } = session;
      await showMode(page, mode);

      const results = await new AxeBuilder({ page }).analyze();
      const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const report = blocking.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 8).join('\n  ')}`);
      expect(report, `axe violations in ${mode}`).toEqual([]);
      // Guard against a vacuous pass: axe must really have looked at the page's controls.
      expect(results.passes.length).toBeGreaterThan(10);
    }, 300_000);
  }

  it('asked nothing of any other origin and logged no errors', () => {
    expect(session.outsideRequests).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
