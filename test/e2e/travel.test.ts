import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NIVEAU_PROFILES } from '../../src/engine/profiles/index.ts';
import { travelMessages } from '../../src/i18n/travel.ts';
import { travelBands } from '../../src/map/travel/colour-scale.ts';
import { type AppSession, launchChromium, openSession } from './chromium.ts';
import { pixelStats, shareNear, waitForMapIdle } from './map.ts';
import { bandReferences, chooseNiveau, overLand } from './travel-field.ts';

/**
 * The travel-time field in the browser: choosing niveau 2 draws the hexagon field in viridis
 * bands, the legend lists the bands up to the niveau's limit, clicking a cell tells its minutes
 * and the modes of the fastest route, editing the limit redraws the legend, switching it off
 * clears the map, and nothing is requested from another origin. One session runs the steps in order, since computing and
 * drawing the national field is the slow part in software WebGL.
 */
const SCREENS = '/tmp/screens';
const appUrl = inject('appUrl');
const NIVEAU = 2;
const t = travelMessages.nl;

let browser: Browser;
let session: AppSession;

beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  browser = await launchChromium();
  session = await openSession(browser, appUrl);
  await session.page.goto(appUrl);
  await waitForMapIdle(session.page);
}, 120_000);

afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

async function mapScreenshot(name: string) {
  const map = session.page.getByTestId('map');
  await waitForMapIdle(session.page);
  return { png: await map.screenshot({ path: `${SCREENS}/${name}.png` }), box: (await map.boundingBox())! };
}

/** Points on a coarse lattice over the map, in screenshot pixels. */
function lattice(width: number, height: number, step = 24): { x: number; y: number }[] {
  const points = [];
  for (let y = step; y < height - step; y += step)
    for (let x = step; x < width - step; x += step) points.push({ x, y });
  return points;
}

describe.sequential('the travel-time field', () => {
  const limit = NIVEAU_PROFILES[NIVEAU].defaultMaxMinutes;
  const bands = travelBands(limit);
  const references = bandReferences(limit);

  it(`draws the field for niveau ${NIVEAU} in viridis bands up to the limit, with its legend`, async () => {
    const { page } = session;
    const before = await mapScreenshot('travel-before');
    const beforeStats = await pixelStats(page, before.png, references, [], 10);

    await chooseNiveau(page, NIVEAU);

    // The legend: one entry per 15-minute band, the last ending at the niveau's limit.
    const entries = await page.getByTestId('travel-legend-band').allTextContents();
    expect(entries).toEqual(bands.map((band) => t.legendBand(band.from, band.to)));
    expect(entries.at(-1)).toContain(`${limit} min`);
    await expect(page.getByTestId('travel-legend').textContent()).resolves.toContain(t.legendStale);
    // The offer shipped with the app is modelled, and the screen's persistent banner says so.
    await page.getByTestId('offer-banner').getByTestId('modelled-label').waitFor({ timeout: 5_000 });

    const after = await mapScreenshot('travel-niveau-2');
    const stats = await pixelStats(page, after.png, references, [], 10);
    const shown = Object.values(stats.shares);
    const wasShown = Object.values(beforeStats.shares);
    // Every band colour appears on screen, none did before, and together they cover the country.
    for (const [i, share] of shown.entries()) {
      expect(share, `band ${Object.keys(references)[i]} on screen`).toBeGreaterThan(0.0005);
      expect(wasShown[i], `band ${Object.keys(references)[i]} before the field`).toBeLessThan(0.0005);
    }
    expect(shown.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.1);
    expect(page.url()).toContain(`n=${NIVEAU}`);
  }, 180_000);

  it('tells the minutes and the modes of the fastest route of a clicked cell', async () => {
    const { page } = session;
    // A spot in the 15–30 minute band, away from dots, labels and borders: a uniform patch.
    const band = bands[1];
    const { png, box } = await mapScreenshot('travel-before-click');
    const candidates = lattice(box.width, box.height);
    const { patches } = await pixelStats(page, png, {}, candidates, 10);
    const colour = overLand(band.colour);
    const spot = candidates.find((_, i) => shareNear(patches[i], colour, 10) === 1);
    expect(spot, 'a spot of the 15–30 minute band on screen').toBeDefined();

    // Hover first, as a user does: the click then lands on a settled map.
    await page.mouse.move(box.x + spot!.x, box.y + spot!.y);
    await waitForMapIdle(page);
    await page.mouse.click(box.x + spot!.x, box.y + spot!.y);
    const info = page.getByTestId('travel-cell-info');
    await info.waitFor({ timeout: 30_000 });
    const minutesText = (await page.getByTestId('travel-cell-minutes').textContent())!;
    const minutes = Number(/(\d+) min/.exec(minutesText)?.[1]);
    expect(minutes).toBeGreaterThanOrEqual(band.from);
    expect(minutes).toBeLessThan(band.to);
    expect(minutesText).toContain(t.cellWithinLimit(limit));
    // Nobody lives 15 minutes away in the location's own cell: the route uses at least one mode.
    const modesText = (await page.getByTestId('travel-cell-modes').textContent())!;
    expect(modesText.startsWith(`${t.cellModes}: `)).toBe(true);
    const modes = modesText.slice(t.cellModes.length + 2).split(', ');
    expect(modes.length).toBeGreaterThan(0);
    for (const mode of modes) expect(Object.values(t.modes)).toContain(mode);
    await page.screenshot({ path: `${SCREENS}/travel-cell-clicked.png` });
  }, 120_000);

  it('redraws the legend for an edited limit and keeps it in the link', async () => {
    const { page } = session;
    const edited = 30;
    await page.getByLabel(t.limit).fill(String(edited));
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="travel-legend-band"]').length === count,
      travelBands(edited).length,
      { timeout: 10_000 },
    );
    const entries = await page.getByTestId('travel-legend-band').allTextContents();
    expect(entries).toEqual(travelBands(edited).map((band) => t.legendBand(band.from, band.to)));
    await expect(page.getByTestId('travel-legend').textContent()).resolves.toContain(t.legendBeyond(edited));
    await page.waitForFunction((text) => decodeURIComponent(location.hash).includes(text), `lim=${NIVEAU}.${edited}`, {
      timeout: 10_000,
    });
  }, 60_000);

  it('takes the field and its legend away when switched off', async () => {
    const { page } = session;
    await page.getByTestId('travel-panel').getByText(t.niveauOff, { exact: true }).click();
    await page.getByTestId('travel-legend').waitFor({ state: 'detached', timeout: 10_000 });
    const { png } = await mapScreenshot('travel-off');
    const stats = await pixelStats(page, png, references, [], 10);
    for (const share of Object.values(stats.shares)) expect(share).toBeLessThan(0.0005);
  }, 60_000);

  it('asked nothing of any other origin and logged no errors', () => {
    expect(session.outsideRequests).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
