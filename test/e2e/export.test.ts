import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { aanbodMessages } from '../../src/i18n/aanbod.ts';
import { exportMessages } from '../../src/i18n/export.ts';
import { SOORT_COLORS, SOORT_ORDER } from '../../src/map/colors.ts';
import { GAIN_COLOUR, LOSS_COLOUR } from '../../src/map/delta/delta-colours.ts';
import { travelBands } from '../../src/map/travel/colour-scale.ts';
import { LEGEND_COLUMN_CSS_PX } from '../../src/panels/export/compose-map-image.ts';
import { overLand } from '../../src/panels/export/legend-spec.ts';
import { DEFAULT_SCENARIO_VIEW } from '../../src/state/scenario.ts';
import { DEFAULT_TRAVEL_LIMITS } from '../../src/state/travel.ts';
import { encodeScenarioParam } from '../../src/state/url/scenario-param.ts';
import { builtLocations, builtModelledOffer } from './app-data.ts';
import { type AppSession, launchChromium, openSession } from './chromium.ts';
import { waitForMapIdle } from './map.ts';

/**
 * The exports, from one page with a shared stop: the PNG carries its legend (pixels of the
 * legend colours in the legend column beside the map) and the map itself (not a blank canvas);
 * the CSV has its label, header and one row per provincie with a loss; the report lists the
 * edit, the changed regions and the map, and prints to a multi-page PDF.
 */
const SCREENS = '/tmp/screens';
const appUrl = inject('appUrl');
const NIVEAU = 4;
const t = exportMessages.nl;

let browser: Browser;
let session: AppSession;

beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  browser = await launchChromium();
  session = await openSession(browser, appUrl);
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

/**
 * A niveau-4 programme at the location whose nearest other location with it is farthest away:
 * stopping it there takes away access somewhere (as in scenario.test.ts).
 */
function isolatedStop(): { crebo: string; vestiging: string } {
  const locations = new Map(
    builtLocations()
      .filter((l) => l.cell >= 0)
      .map((l) => [l.brinvest, l]),
  );
  const at = new Map<string, string[]>();
  for (const row of builtModelledOffer().rows) {
    if (row.niveau !== NIVEAU || !locations.has(row.vestiging)) continue;
    at.set(row.crebo, [...(at.get(row.crebo) ?? []), row.vestiging]);
  }
  let best = { crebo: '', vestiging: '', km: -1 };
  for (const [crebo, places] of [...at].sort(([a], [b]) => a.localeCompare(b))) {
    for (const a of places) {
      const pa = locations.get(a)!;
      let km = Infinity;
      for (const b of places) {
        const pb = locations.get(b)!;
        if (a !== b) km = Math.min(km, Math.hypot((pa.lon - pb.lon) * 68, (pa.lat - pb.lat) * 111));
      }
      if (km > best.km) best = { crebo, vestiging: a, km };
    }
  }
  if (best.km < 0) throw new Error(`the built offer has no niveau ${NIVEAU} programme at a placed location`);
  return { crebo: best.crebo, vestiging: best.vestiging };
}

async function download(page: Page, testId: string): Promise<Download> {
  await page.getByTestId('export-menu').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return file;
}

type Rgb = readonly [number, number, number];

/** Decodes a PNG in the page and counts, per colour, the pixels near it in a column range. */
async function countColours(page: Page, png: Buffer, fromX: number, colours: readonly Rgb[]) {
  return page.evaluate(
    async ({ base64, fromX, colours }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(image, 0, 0);
      const { data, width, height } = context.getImageData(fromX, 0, canvas.width - fromX, canvas.height);
      const counts = colours.map(() => 0);
      for (let i = 0; i < width * height * 4; i += 4) {
        colours.forEach(([r, g, b], c) => {
          if (Math.abs(data[i] - r) <= 4 && Math.abs(data[i + 1] - g) <= 4 && Math.abs(data[i + 2] - b) <= 4)
            counts[c]++;
        });
      }
      return { counts, width: image.naturalWidth, height: image.naturalHeight };
    },
    { base64: png.toString('base64'), fromX, colours: colours.map((c) => [...c]) },
  );
}

describe('exports', () => {
  it('PNG with legend and map, CSV with its columns, and a report with the edits', async () => {
    const { page } = session;
    const stop = isolatedStop();
    const s = encodeScenarioParam({
      name: 'Export voorbeeld',
      edits: [{ op: 'stop', ...stop }],
      view: { ...DEFAULT_SCENARIO_VIEW, focus: { kind: 'crebo', crebo: stop.crebo } },
      modelledOffer: true,
    });
    await page.goto(`${appUrl}#n=${NIVEAU}&s=${s}`);
    await waitForMapIdle(page);
    await page.locator('[data-testid="scenario-figures"][aria-busy="false"]').waitFor({ timeout: 90_000 });
    await page.getByTestId('travel-legend').waitFor({ timeout: 60_000 });
    await waitForMapIdle(page);

    // Keyboard: the menu opens with Enter and closes with Escape.
    await page.getByTestId('export-menu').focus();
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('export-png').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('export-png').isVisible()).toBe(false);

    // PNG: the legend column right of the map holds every legend colour; the map is drawn.
    const mapWidth = await page
      .locator('[data-testid="map"] canvas.maplibregl-canvas')
      .evaluate((c) => (c as HTMLCanvasElement).width);
    const png = await download(page, 'export-png');
    expect(png.suggestedFilename()).toMatch(/^regiekaart-export-voorbeeld-\d{4}-\d{2}-\d{2}\.png$/);
    const pngBytes = readFileSync((await png.path())!);
    const legendColours: Rgb[] = [
      ...SOORT_ORDER.map((soort) => SOORT_COLORS[soort]),
      ...travelBands(DEFAULT_TRAVEL_LIMITS[NIVEAU]).map((band) => overLand(band.colour)),
      overLand(GAIN_COLOUR),
      overLand(LOSS_COLOUR),
    ];
    const legend = await countColours(page, pngBytes, mapWidth, legendColours);
    expect(legend.width).toBe(mapWidth + LEGEND_COLUMN_CSS_PX);
    expect(
      legend.counts.filter((n) => n < 40),
      JSON.stringify(legend.counts),
    ).toEqual([]);
    // The map part: water and land from the basemap (a blank WebGL read gives neither).
    const whole = await countColours(page, pngBytes, 0, [[0xa9, 0xcb, 0xe0]]);
    expect(whole.counts[0]).toBeGreaterThan(10_000);

    // CSV: the modelled label, the header, one row per provincie, and the stop's loss somewhere.
    const csvFile = await download(page, 'export-csv');
    expect(csvFile.suggestedFilename()).toMatch(/^regiekaart-export-voorbeeld-provincie-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await csvFile.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    const comments = lines.filter((l) => l.startsWith('#'));
    expect(comments[0]).toBe(`# ${aanbodMessages.nl.modelledLabel}`);
    expect(comments.some((l) => l.includes('Bron: CBS'))).toBe(true);
    const [header, ...rows] = lines.filter((l) => !l.startsWith('#')).map((l) => l.split(','));
    expect(header).toEqual([
      t.csvRegionCode,
      t.csvRegionName,
      t.csvPopulation,
      t.csvReachedBefore,
      t.csvReachedAfter,
      t.csvReachedDiff,
      t.csvShareBefore,
      t.csvShareAfter,
      t.csvShareDiff,
    ]);
    expect(rows).toHaveLength(12);
    expect(rows.every((r) => r.length === header.length && r.slice(2).every((v) => /^-?\d+(\.\d+)?$/.test(v)))).toBe(
      true,
    );
    expect(rows.some((r) => Number(r[5]) < 0)).toBe(true);

    // Report: the edit as the panel words it, the changed regions, the map image; it prints.
    const panelEdit = (await page.locator('[data-testid="scenario-edits"] li > span').first().textContent())!;
    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-report').click();
    await page.getByTestId('report').waitFor();
    expect(await page.getByTestId('report-scenario-name').textContent()).toBe('Export voorbeeld');
    expect(await page.locator('[data-testid="report-edits"] li').allTextContents()).toEqual([panelEdit]);
    expect(await page.locator('[data-testid="report-regions"] tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('report-map-image').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(
      mapWidth + LEGEND_COLUMN_CSS_PX,
    );
    await page.screenshot({ path: `${SCREENS}/export-report.png` });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#root').isVisible()).toBe(false);
    expect(await page.getByTestId('report-edits').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: null });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    writeFileSync(`${SCREENS}/export-report.pdf`, pdf);
    // Sections on pages of their own: the first page, the map, the regions (see report.css).
    // (The page tree's /Count: Chromium writes no outline, so it is the only one.)
    expect(Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1])).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('report').count()).toBe(0);
    expect(session.outsideRequests).toEqual([]);
  }, 300_000);
});
