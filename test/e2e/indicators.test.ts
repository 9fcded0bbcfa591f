import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openSession, type AppSession } from './chromium.ts';
import { waitForMapIdle } from './map.ts';

/**
 * Real files: a DUO file with qualifications newer than the bundled lists shows them with name
 * and domain in the filters, the search and the location panel; the user's own figures
 * (students per crebo and vestiging, Windows-1252 with decimal commas) join to the offer and
 * show in the panel, the sector table and the map; both survive a reload, and bad input is
 * refused line by line without losing what was there.
 */
const appUrl = inject('appUrl');
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const DUO_NEW = path.join(FIXTURES, 'aanbod/mbo_opleidingsaanbod_2026_nieuwe_kwalificaties.csv');
const SCREENS = '/tmp/screens';

let browser: Browser;
let session: AppSession;

beforeAll(async () => {
  browser = await launchChromium();
  session = await openSession(browser, appUrl);
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

async function openSection(page: Page, title: string) {
  const details = page.locator('details', { has: page.getByText(title, { exact: true }) });
  if (!(await details.getAttribute('open'))) await details.locator('summary').click();
}

async function openLocation(page: Page, brinvest: string) {
  await page.locator(`button[data-brinvest="${brinvest}"]`).click();
  const panel = page.getByTestId('location-panel');
  await panel.waitFor();
  return panel;
}

describe('names from the DUO file', () => {
  it('shows qualifications newer than the bundled lists with name and domain everywhere, also after a reload', async () => {
    const { page } = session;
    await page.goto(appUrl);
    await waitForMapIdle(page);
    await openSection(page, 'DUO-bestand importeren');
    await page.getByTestId('aanbod-file-input').setInputFiles(DUO_NEW);
    await page.getByTestId('import-done').waitFor({ timeout: 30_000 });

    // The summary lists the new qualification and the name the file changes.
    await expect(page.getByTestId('added-qualifications').textContent()).resolves.toContain('25978 Vakbekwaam medewerker voeding, technologie en techniek');
    await expect(page.getByTestId('qualification-conflicts').textContent()).resolves.toContain('Kok (horeca)');

    for (const pass of ['imported', 'reloaded']) {
      if (pass === 'reloaded') {
        await page.reload();
        await waitForMapIdle(page);
      }
      // Domain filter: the file's domain is offered.
      const domainOptions = await page.locator('.offer-filters select option').allTextContents();
      expect(domainOptions).toContain('Voedsel, natuur en leefomgeving');
      // Qualification search finds the new crebo by name.
      await page.getByLabel('Kwalificatie (crebo of naam)').fill('voeding, technologie');
      await expect(page.locator('.qualification-results').textContent()).resolves.toContain('25978 Vakbekwaam medewerker voeding, technologie en techniek');
      await page.getByLabel('Kwalificatie (crebo of naam)').fill('');

      // Location panel: name, domain, the file's mark, the own name and a safe link.
      const panel = await openLocation(page, '00GT00');
      const item = panel.locator('li[data-crebo="25978"]');
      const text = (await item.textContent()) ?? '';
      expect(text).toContain('Vakbekwaam medewerker voeding, technologie en techniek');
      expect(text).toContain('Voedsel, natuur en leefomgeving');
      expect(text).toContain('uit het DUO-bestand');
      expect(text).toContain('Food & Tech Rotterdam');
      const link = item.getByTestId('programme-website');
      await expect(link.getAttribute('href')).resolves.toBe('https://www.albeda.nl/food-tech');
      await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
      // The javascript: WEBSITE of 25180 never became a link.
      await expect(panel.locator('li[data-crebo="25180"] a').count()).resolves.toBe(0);
      await expect(panel.locator('li[data-crebo="25180"]').textContent()).resolves.toContain('Kok (horeca)');
      if (pass === 'imported') await page.screenshot({ path: `${SCREENS}/duo-names-location.png` });
    }
    expect(session.outsideRequests).toEqual([]);
  });
});
