import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type AppSession, DESKTOP_VIEWPORT } from './chromium.ts';
import { waitForMapIdle } from './map.ts';
import { fileBrowser } from './session.ts';

/**
 * Population years in the browser: the year control changes the figures on screen and the
 * link; a link without a year means 2021; the change 2021 → 2031 and the verzorgingsgebieden
 * show with their label, and the change draws as a choropleth.
 */
const SCREENS = '/tmp/screens';
const appUrl = inject('appUrl');

const chromium = fileBrowser();
beforeAll(() => {
  mkdirSync(SCREENS, { recursive: true });
});

const open = (hash: string): Promise<AppSession> => chromium.openApp(appUrl, hash);

/** The coverage count of the current figures, once they are computed for `jaar`. */
async function coverageCount(page: Page, jaar: number): Promise<string> {
  await page.locator(`.scenario-metrics-for[data-jaar="${jaar}"]`).waitFor({ timeout: 180_000 });
  await page.locator('[data-testid="scenario-figures"][aria-busy="false"]').waitFor({ timeout: 180_000 });
  return (await page
    .locator('[data-testid="scenario-figures"] tr[data-metric="coverage"] td[data-side="before"] .figure-count')
    .textContent())!.trim();
}

/** Whether a table is no wider than the scrolling frame around it. */
const fitsItsFrame = (table: Locator) => table.evaluate((t) => t.scrollWidth <= t.parentElement!.clientWidth);

describe('population years', () => {
  it('the year control changes the figures and the link; a link without a year means 2021', async () => {
    const { page } = await open('#n=4');
    await expect.poll(() => page.getByTestId('jaar-control').getAttribute('data-jaar')).toBe('2021');
    const counted = await coverageCount(page, 2021);
    expect(await page.getByTestId('jaar-label').count()).toBe(0);

    await page.getByTestId('jaar-control').getByText('2031').click();
    const later = await coverageCount(page, 2031);
    expect(Number(later.replace(/\D/g, ''))).toBeLessThan(Number(counted.replace(/\D/g, '')));
    await expect
      .poll(() => page.evaluate(() => window.location.hash), { timeout: 10_000 })
      .toMatch(/(^#|&)j=2031(&|$)/);
    await expect
      .poll(() => page.locator('.scenario-metrics .jaar-label').textContent())
      .toMatch(/de kinderen van nu, zonder verhuizingen \(geen prognose\)/);
    await page.screenshot({ path: `${SCREENS}/years-2031.png` });

    // The link reproduces the year in a fresh browser.
    const again = await open(`#n=4&j=2031`);
    expect(await coverageCount(again.page, 2031)).toBe(later);
  }, 600_000);

  it('shows the change 2021 → 2031 per region with its label, on the map too, and the verzorgingsgebieden', async () => {
    const { page } = await chromium.openApp(appUrl, '#n=2', { context: { viewport: DESKTOP_VIEWPORT } });
    await page.getByTestId('population-details').locator('summary').click();
    const summary = page.getByTestId('population-change-summary');
    await summary.waitFor({ timeout: 120_000 });
    // Nationally −13.3 % (the CBS age bands: 2,138,790 → 1,853,995).
    await expect.poll(() => summary.textContent()).toMatch(/Nederland[−-]284\.795[−-]13,3\s?%/);
    const rows = page.getByTestId('population-change-table').locator('tbody tr');
    expect(await rows.count()).toBe(12);
    // At 1400 px the side panel holds all five columns: none hidden behind a sideways scroll.
    expect(page.viewportSize()?.width).toBe(1400);
    expect(await fitsItsFrame(page.getByTestId('population-change-table'))).toBe(true);
    await page.getByTestId('population-change-on-map').check();
    await page.getByTestId('population-change-legend').waitFor();
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENS}/years-change-map.png` });

    const catchments = page.getByTestId('catchment-table').locator('tbody tr');
    await catchments.first().waitFor({ timeout: 180_000 });
    expect(await catchments.count()).toBeGreaterThan(100);
    expect(await fitsItsFrame(page.getByTestId('catchment-table'))).toBe(true);
    // Sorted by persons lost: the first row loses the most.
    await catchments.first().locator('button').click();
    await page.getByTestId('location-catchment').waitFor();
    expect(await page.getByTestId('catchment-2031').textContent()).toMatch(/[−-]/);
    await page.getByTestId('catchment-list').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENS}/years-catchments.png` });
  }, 600_000);
});
