import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AppSession, launchChromium, openSession } from './chromium.ts';
import { waitForMapIdle } from './map.ts';
import { openSection } from './session.ts';

/**
 * Importing DUO's mbo_opleidingsaanbod.csv in the app: the same fixture the CLI tests read,
 * through the real file picker. The import replaces the modelled offer (and its label), shows
 * its counts and rejected rows, survives a reload (IndexedDB), and a bad file changes nothing.
 */
const appUrl = inject('appUrl');
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/aanbod');
const GOOD = path.join(FIXTURES, 'mbo_opleidingsaanbod_semicolon_bom_crlf.csv');
const NOT_CSV = path.join(FIXTURES, 'not_a_csv.xlsx');

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

/** The screen's one persistent label (the panels' and legends' own labels stay away under it). */
const bannerModelledLabels = (page: Page) =>
  page.locator('[data-testid="offer-banner"] [data-testid="modelled-label"]');

describe('importing the DUO offer in the app', () => {
  it('replaces the modelled offer, lists rejected rows, survives a reload, and keeps it after a bad file', async () => {
    const { page } = session;
    await page.goto(appUrl);
    await waitForMapIdle(page);
    await expect(bannerModelledLabels(page).count()).resolves.toBe(1);

    await openSection(page, 'DUO-bestand importeren');
    await page.getByTestId('aanbod-file-input').setInputFiles(GOOD);
    await page.getByTestId('import-done').waitFor({ timeout: 30_000 });

    // Counts and rejected rows, as the CLI reports them for this fixture on the real geodata.
    const summary = page.getByTestId('import-summary');
    await expect(summary.textContent()).resolves.toContain('mbo_opleidingsaanbod_semicolon_bom_crlf.csv');
    const rejectedLines = await page.locator('[data-testid="rejected-rows"] tbody tr td:first-child').allTextContents();
    expect(rejectedLines.map(Number)).toEqual([11, 12, 13, 14, 15, 20, 21, 25]);
    // The reasons are worded in the interface's language, headed by the DUO column at fault.
    const firstReason = page.locator('[data-testid="rejected-rows"] tbody tr').first().locator('td').nth(1);
    await expect(firstReason.textContent()).resolves.toBe('ERKENDEOPLEIDINGSCODE: de crebo ontbreekt');

    // The rejected list downloads as CSV with line and reason, in the same words.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download afgewezen rijen (CSV)' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    expect(header).toBe('Regel,Reden');
    expect(rows).toHaveLength(8);
    expect(rows[0]).toBe('11,ERKENDEOPLEIDINGSCODE: de crebo ontbreekt');

    // The modelled label is gone while the real import is active; the banner names the file.
    await expect(bannerModelledLabels(page).count()).resolves.toBe(0);
    await expect(page.getByTestId('imported-label').first().textContent()).resolves.toContain('mbo_opleidingsaanbod');

    // The choice is remembered across a reload.
    await page.reload();
    await waitForMapIdle(page);
    await openSection(page, 'DUO-bestand importeren');
    await page.getByTestId('import-summary').waitFor({ timeout: 30_000 });
    await expect(bannerModelledLabels(page).count()).resolves.toBe(0);
    await expect(firstReason.textContent()).resolves.toBe('ERKENDEOPLEIDINGSCODE: de crebo ontbreekt');

    // A file that is not CSV is refused with a reason, and the previous import stays active.
    await page.getByTestId('aanbod-file-input').setInputFiles(NOT_CSV);
    const error = page.getByTestId('import-error');
    await error.waitFor({ timeout: 30_000 });
    await expect(error.textContent()).resolves.toContain('Het vorige aanbod blijft actief');
    await expect(page.getByTestId('import-summary').textContent()).resolves.toContain(
      'mbo_opleidingsaanbod_semicolon_bom_crlf.csv',
    );
    await expect(bannerModelledLabels(page).count()).resolves.toBe(0);

    // Switching back brings the modelled offer and its label back.
    await page.getByRole('radio', { name: 'Gebruik het modelaanbod' }).check();
    await bannerModelledLabels(page).first().waitFor();
    expect(session.outsideRequests).toEqual([]);
    // Two full app loads and three imports, each through the import worker: on a loaded machine
    // this takes longer than the default minute.
  }, 180_000);
});
