import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseOfferFile } from '../../src/data/aanbod/offer-file.ts';
import { builtLocations } from './app-data.ts';
import type { AppSession } from './chromium.ts';
import { waitForMapIdle } from './map.ts';
import { programmeAction } from './programme-actions.ts';
import { fileBrowser, waitForReady } from './session.ts';

/**
 * Scenarios in the browser: a stop changes the coverage figure and draws orange (loss) cells,
 * undo restores both, the URL reproduces the scenario in a fresh browser, and a garbage link
 * gets a message and the default view.
 */
const SCREENS = '/tmp/screens';
const appUrl = inject('appUrl');
const NIVEAU = 4;

const chromium = fileBrowser();
beforeAll(() => {
  mkdirSync(SCREENS, { recursive: true });
});

/**
 * A programme of the niveau and one location offering it whose nearest other location with
 * that programme is farthest away, in the offer as built: stopping it there must take away
 * access somewhere (the next location is well beyond the niveau's travel limit).
 */
function isolatedProgramme(): { crebo: string; brinvest: string; lon: number; lat: number } {
  const offer = parseOfferFile(readFileSync(resolve(process.cwd(), 'dist/geodata/aanbod-model.json'), 'utf8'));
  const locations = new Map(builtLocations().map((l) => [l.brinvest, l]));
  const at = new Map<string, Set<string>>();
  for (const row of offer.rows) {
    if (row.niveau !== NIVEAU) continue;
    const set = at.get(row.crebo) ?? new Set();
    set.add(row.vestiging);
    at.set(row.crebo, set);
  }
  let best: { crebo: string; brinvest: string; lon: number; lat: number; km: number } | null = null;
  for (const [crebo, vestigingen] of [...at].sort(([a], [b]) => a.localeCompare(b))) {
    const placed = [...vestigingen].map((v) => locations.get(v)).filter((l) => l !== undefined && l.cell >= 0);
    for (const a of placed) {
      let km = Infinity;
      for (const b of placed) {
        if (a !== b) km = Math.min(km, Math.hypot((a!.lon - b!.lon) * 68, (a!.lat - b!.lat) * 111));
      }
      if (!best || km > best.km) best = { crebo, brinvest: a!.brinvest, lon: a!.lon, lat: a!.lat, km };
    }
  }
  if (!best) throw new Error(`the built offer has no niveau ${NIVEAU} programme at a placed location`);
  return best;
}

/** View-URL camera parameters centred on a place, at a zoom where cells are large. */
function cameraOn(place: { lon: number; lat: number }): string {
  return `lon=${place.lon.toFixed(4)}&lat=${place.lat.toFixed(4)}&z=9.00`;
}

const open = (hash: string): Promise<AppSession> => chromium.openApp(appUrl, hash);

/** Waits until the figures are current (not greyed) and returns the coverage row's cells. */
async function coverage(page: Page): Promise<{ before: string; after: string; diff: string; diffKind: string }> {
  await waitForReady(page, 'scenario-figures');
  const row = page.locator('[data-testid="scenario-figures"] tr[data-metric="coverage"]');
  const text = async (side: string) => (await row.locator(`td[data-side="${side}"]`).textContent())!.trim();
  const diffClass = (await row.locator('td[data-side="diff"] .figure-diff').getAttribute('class'))!;
  return {
    before: await text('before'),
    after: await text('after'),
    diff: await text('diff'),
    diffKind: diffClass.replace(/.*figure-diff-/, ''),
  };
}

/** Pixels of the map that look like the loss orange (also matches orange location dots, hence a comparison). */
async function orangePixels(page: Page): Promise<number> {
  await waitForMapIdle(page);
  const png = await page.locator('[data-testid="map"]').screenshot();
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (r > 200 && g > 70 && g < 135 && b < 70) count++;
    }
    return count;
  }, png.toString('base64'));
}

/** Stops `crebo` from the location panel's own programme list (filtered down to it first). */
async function stopFromLocationPanel(page: Page, crebo: string): Promise<void> {
  await (await programmeAction(page, 'stop', crebo)).click();
}

async function editTexts(page: Page): Promise<string[]> {
  const list = page.getByTestId('scenario-edits');
  if ((await list.count()) === 0) return [];
  return list.locator('li > span').allTextContents();
}

describe('scenarios', () => {
  it('stop changes coverage and the delta map, undo restores them, and the link reproduces it', async () => {
    const target = isolatedProgramme();
    // Selected (as a click on the map would) and zoomed in, so the lost cells fill the view.
    const { page } = await open(`#${cameraOn(target)}&n=${NIVEAU}&sel=${target.brinvest}`);
    const initial = await coverage(page);
    expect(initial.diffKind).toBe('same');
    const orangeBefore = await orangePixels(page);

    await stopFromLocationPanel(page, target.crebo);
    await expect.poll(() => editTexts(page)).toHaveLength(1);

    // The metrics now follow the stopped programme, which loses the young people only it reached.
    const stopped = await coverage(page);
    expect(stopped.diffKind).toBe('loss');
    expect(stopped.after).not.toBe(stopped.before);
    expect(await page.getByTestId('delta-cells').textContent()).not.toMatch(/, 0 cellen eraf/);
    const orangeStopped = await orangePixels(page);
    await page.screenshot({ path: `${SCREENS}/scenario-stop.png` });
    expect(orangeStopped).toBeGreaterThan(orangeBefore + 5000);

    // B flips to the situation before the scenario: no loss drawn.
    await page.locator('body').press('b');
    await page.locator('[data-testid="delta-legend"][data-show-after="false"]').waitFor();
    expect(await orangePixels(page)).toBeLessThan(orangeBefore + 1000);
    await page.locator('body').press('b');
    await page.locator('[data-testid="delta-legend"][data-show-after="true"]').waitFor();

    await page.getByTestId('scenario-undo').click();
    await expect.poll(() => editTexts(page)).toHaveLength(0);
    const undone = await coverage(page);
    expect(undone.diffKind).toBe('same');
    expect(undone.after).toBe(stopped.before);
    expect(await orangePixels(page)).toBeLessThan(orangeBefore + 1000);

    await page.getByTestId('scenario-redo').click();
    await expect.poll(() => editTexts(page)).toHaveLength(1);
    const redone = await coverage(page);
    expect(redone).toEqual(stopped);
    const edits = await editTexts(page);

    // The link: opened in a fresh browser context (no saved scenarios), it gives the same screen.
    await page.getByTestId('scenario-copy-link').click();
    const hash = new URL(page.url()).hash;
    expect(hash).toMatch(/[#&]s=[A-Za-z0-9_-]+/);
    const fresh = await open(hash);
    await expect.poll(() => editTexts(fresh.page), { timeout: 90_000 }).toEqual(edits);
    expect(await coverage(fresh.page)).toEqual(stopped);
    await fresh.page.screenshot({ path: `${SCREENS}/scenario-from-link.png` });
  }, 600_000);

  it('survives a reload: the scenario is saved locally', async () => {
    const target = isolatedProgramme();
    const { page } = await open(`#n=${NIVEAU}&sel=${target.brinvest}`);
    await stopFromLocationPanel(page, target.crebo);
    await expect.poll(() => editTexts(page)).toHaveLength(1);
    const edits = await editTexts(page);
    // Drop the link, so only localStorage can bring the scenario back.
    await page.goto(`${appUrl}#`);
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => editTexts(page), { timeout: 90_000 }).toEqual(edits);
  }, 300_000);

  it('a garbage link gives a message in the link’s language and the default view', async () => {
    // The rest of the link is unusable, but its language is kept: the notice is in English.
    const { page } = await open(`#lang=en&n=${NIVEAU}&s=!!garbage%%`);
    const notice = page.getByTestId('url-error');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.locator('strong').textContent()).toBe('The link could not be read');
    expect(await notice.locator('p').textContent()).toMatch(
      /Reason: scenario in the link: it contains characters that base64url does not use$/,
    );
    expect(await editTexts(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENS}/scenario-bad-link.png` });
  });

  it('a link with an edit that does not fit the offer is refused with the reason, in Dutch', async () => {
    const param = Buffer.from(JSON.stringify({ v: 1, n: 'Kapot', e: [['x', '99999', '00GT00']] })).toString(
      'base64url',
    );
    const { page } = await open(`#n=${NIVEAU}&s=${param}`);
    const notice = page.getByTestId('url-error');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.locator('p').textContent()).toMatch(
      /Reden: scenario in de link: wijziging 1 \(veld crebo\): crebo 99999 staat niet in de kwalificatielijst$/,
    );
    expect(await editTexts(page)).toEqual([]);
  });
});
