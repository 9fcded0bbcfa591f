import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { kwetsbaarTable } from '../../scripts/cli/kwetsbaar.ts';
import { loadScenarioData } from '../../scripts/cli/scenario-data.ts';
import type { ProgrammeLocation } from '../../src/engine/analysis/index.ts';
import { builtLocations } from './app-data.ts';
import { type AppSession, DESKTOP_VIEWPORT, launchChromium, openSession } from './chromium.ts';
import { pixelStats, projectToPage, waitForMapIdle } from './map.ts';

/**
 * Signalering in the browser: the national table of niveau 2 streams in and equals the CLI's
 * numbers on the same (built) data, sorts by its headers, fits the panel at 1400 px, draws its
 * circles on the map, and one click on "Stop" adds that stop to the scenario. After the stop the
 * scenario shows the minutes it adds (equal to the row's extra minutes), their histogram and map,
 * and the white spots as a list and a map layer.
 */
const appUrl = inject('appUrl');
const NIVEAU = 2;

let browser: Browser;
let session: AppSession;
let page: Page;
let cli: ProgrammeLocation[];
/** the programme-location stopped with one click */
let stopped: ProgrammeLocation;

const table = () => page.locator('[data-testid="early-warning-table"] tbody tr');
const column = (n: number) =>
  page
    .locator(`[data-testid="early-warning-table"] tbody tr td:nth-child(${n})`)
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')));
/** The location carrying the most sole reach (summed over its programmes): the largest circle. */
function largestCircle(): { lon: number; lat: number; brinvest: string } {
  const sums = new Map<string, number>();
  for (const l of cli) sums.set(l.vestiging, (sums.get(l.vestiging) ?? 0) + l.sole);
  const [vestiging] = [...sums].sort((a, b) => b[1] - a[1])[0];
  return builtLocations().find((l) => l.brinvest === vestiging)!;
}

/** The map's pixels, RGBA, as a screenshot. */
async function mapPixels(): Promise<Buffer> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stuck = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`map not idle after 90 s; errors: ${session.errors.join(' | ')}`)),
      90_000,
    );
  });
  try {
    await Promise.race([waitForMapIdle(page), stuck]);
  } catch (error) {
    writeFileSync(
      '/tmp/early-warning-stuck.png',
      await page.screenshot({ timeout: 20_000 }).catch(() => Buffer.alloc(0)),
    );
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return page.locator('[data-testid="map"]').screenshot();
}

/** Share of the map's pixels whose colour differs by more than 30 (summed over channels) between two screenshots. */
function changedShare(a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([x, y]) => {
      const decode = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d', { willReadFrequently: true })!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, canvas.width, canvas.height).data;
      };
      const [p, q] = await Promise.all([decode(x), decode(y)]);
      if (p.length !== q.length) throw new Error('screenshots of different sizes');
      let changed = 0;
      for (let i = 0; i < p.length; i += 4) {
        if (Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]) > 30) changed++;
      }
      return changed / (p.length / 4);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

/** The scenario's figures once computed and not stale. */
async function scenarioSettled() {
  await page.locator('[data-testid="scenario-figures"][aria-busy="false"]').waitFor({ timeout: 120_000 });
  await page.locator('[data-testid="travel-change"][aria-busy="false"]').waitFor({ timeout: 120_000 });
}

/** The mean colour 14 px right of the largest circle's centre: inside the circle, beside the location dot. */
async function besideLargest(): Promise<[number, number, number]> {
  await waitForMapIdle(page);
  const map = await page.locator('[data-testid="map"]').boundingBox();
  const { lon, lat } = largestCircle();
  const at = await projectToPage(page, lon, lat);
  const png = await page.locator('[data-testid="map"]').screenshot();
  const patch = (await pixelStats(page, png, {}, [{ x: at.x - map!.x + 14, y: at.y - map!.y }])).patches[0];
  return [0, 1, 2].map((i) => patch.reduce((sum, c) => sum + c[i], 0) / patch.length) as [number, number, number];
}

beforeAll(async () => {
  const data = await loadScenarioData({ geodataDir: resolve(process.cwd(), 'dist/geodata') });
  cli = kwetsbaarTable(data, NIVEAU);
  browser = await launchChromium();
  session = await openSession(browser, appUrl, {}, { viewport: DESKTOP_VIEWPORT });
  page = session.page;
  // Zoomed in on the largest circle, so it is drawn clear of the legends.
  const { lon, lat } = largestCircle();
  await page.goto(`${appUrl}#lon=${lon.toFixed(4)}&lat=${lat.toFixed(4)}&z=10.00&n=${NIVEAU}`);
  // The first load of the app and its niveau-2 field is slow on a loaded machine.
  await page.locator('[data-map-ready="true"]').waitFor({ timeout: 180_000 });
  await waitForMapIdle(page);
}, 300_000);
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
  expect(session.outsideRequests).toEqual([]);
});

describe('early warning (Signalering)', () => {
  it('streams the national table in, with the CLI’s numbers, largest sole reach first', async () => {
    const before = await besideLargest();
    await page.getByTestId('tab-signalering').click();
    try {
      await page.locator('[data-testid="early-warning"][data-status="ready"]').waitFor({ timeout: 360_000 });
    } catch (error) {
      const progress = await page
        .getByTestId('early-warning-progress')
        .textContent()
        .catch(() => null);
      throw new Error(`table not ready; progress: "${progress}"; errors: ${session.errors.join(' | ')}`, {
        cause: error,
      });
    }
    const progress = page.getByTestId('early-warning-progress');
    expect(await progress.getAttribute('data-done')).toBe(await progress.getAttribute('data-total'));
    expect(await page.getByTestId('modelled-label').first().isVisible()).toBe(true);
    const keys = await table().evaluateAll((rows) =>
      rows.map((r) => `${r.getAttribute('data-crebo')}|${r.getAttribute('data-vestiging')}`),
    );
    expect(keys.slice(0, 10)).toEqual(cli.slice(0, 10).map((l) => `${l.crebo}|${l.vestiging}`));
    const sole = (await column(5)).map(Number);
    cli.slice(0, 10).forEach((l, i) => {
      expect(Math.round(sole[i])).toBe(Math.round(l.sole));
    });
    for (let i = 1; i < sole.length; i++) expect(sole[i - 1]).toBeGreaterThanOrEqual(sole[i]);

    // The map now draws circles sized by sole reach: the translucent orange changes the colour
    // beside the largest (the travel field beneath is the same before and after).
    const after = await besideLargest();
    writeFileSync('/tmp/early-warning.png', await page.screenshot());
    const change = after.reduce((sum, v, i) => sum + Math.abs(v - before[i]), 0) / 3;
    expect(change).toBeGreaterThan(30);
  }, 480_000);

  it('fits the panel at 1400 px: the table wraps instead of running off to the side', async () => {
    expect(page.viewportSize()?.width).toBe(1400);
    const fit = await page
      .getByTestId('early-warning-table')
      .evaluate((table) => ({ table: table.scrollWidth, frame: table.parentElement!.clientWidth }));
    expect(fit.table).toBeLessThanOrEqual(fit.frame);
  });

  it('sorts by a header, both ways, with aria-sort', async () => {
    const header = page.locator('[data-testid="early-warning-table"] th:has(button[data-sort-key="extra"])');
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const down = (await column(8)).map((v) => (v === '' ? -1 : Number(v)));
    for (let i = 1; i < down.length; i++) expect(down[i - 1]).toBeGreaterThanOrEqual(down[i]);
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const up = (await column(8)).map((v) => (v === '' ? -1 : Number(v)));
    for (let i = 1; i < up.length; i++) expect(up[i - 1]).toBeLessThanOrEqual(up[i]);
    await page.locator('[data-testid="early-warning-table"] button[data-sort-key="sole"]').click();
  });

  it('one click on Stop adds the stop to the scenario and shows it', async () => {
    // The top programme of the largest circle: the map is centred on it, so its change is in view.
    const { brinvest } = largestCircle();
    stopped = cli.find((l) => l.vestiging === brinvest)!;
    const row = page.locator(
      `[data-testid="early-warning-table"] tbody tr[data-crebo="${stopped.crebo}"][data-vestiging="${brinvest}"]`,
    );
    await row.getByTestId('ew-stop').click();
    const edits = page.getByTestId('scenario-edits');
    await edits.waitFor({ timeout: 30_000 });
    expect(await edits.locator('li').count()).toBe(1);
    expect(await edits.textContent()).toContain(stopped.crebo);
    expect(await page.getByTestId('tab-scenario').getAttribute('aria-selected')).toBe('true');
  });

  it('shows the minutes the stop adds, equal to the row’s extra minutes, with their histogram', async () => {
    // The row's figure is for its own crebo: focus the scenario's figures on it.
    await page.locator('#scenario-focus').selectOption(`c:${stopped.crebo}`);
    await page
      .waitForFunction(
        () => document.querySelector('[data-testid="scenario-figures"]')?.getAttribute('aria-busy') === 'true',
        undefined,
        { timeout: 10_000 },
      )
      .catch(() => {});
    await scenarioSettled();
    const figures = page.getByTestId('travel-change');
    const addedPeople = Number(await figures.getAttribute('data-added-people'));
    const addedMean = Number(await figures.getAttribute('data-added-mean'));
    if (stopped.extraMeanMinutes === null) expect(addedPeople).toBe(0);
    else {
      expect(addedPeople).toBeGreaterThan(0);
      expect(addedMean).toBeCloseTo(stopped.extraMeanMinutes, 9);
      // The histogram's bars hold exactly those people.
      const bars = await page
        .locator('[data-testid="travel-change-histogram"] rect')
        .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-people'))));
      expect(bars.length).toBeGreaterThan(0);
      expect(bars.reduce((a, b) => a + b, 0)).toBeCloseTo(addedPeople, 6);
    }
    await figures.scrollIntoViewIfNeeded();
    writeFileSync('/tmp/early-warning-travel-change.png', await page.screenshot());
  }, 240_000);

  it('lists the white spots, most people first, adding up to the national figure', async () => {
    const spots = page.getByTestId('white-spots');
    await spots.scrollIntoViewIfNeeded().catch((error) => {
      throw new Error(`no white spots section; errors: ${session.errors.join(' | ')}`, { cause: error });
    });
    const total = Number(await spots.getAttribute('data-unreached'));
    expect(total).toBeGreaterThan(0);
    const unreached = () =>
      page
        .locator('[data-testid="white-spots-table"] tbody tr td:nth-child(3)')
        .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
    const byGemeente = await unreached();
    expect(byGemeente.length).toBeGreaterThan(0);
    for (let i = 1; i < byGemeente.length; i++) expect(byGemeente[i - 1]).toBeGreaterThanOrEqual(byGemeente[i]);
    // Every province is listed: their people out of reach add up to the national figure, up to
    // the few cells outside every gemeente (at sea, over the border).
    await spots.locator('select').selectOption('provincie');
    // Provincies carry their name as code; gemeenten a GM code: wait until no gemeente row is left.
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid="white-spots-table"] tbody tr')];
      return rows.length > 0 && rows.every((r) => !r.getAttribute('data-code')?.startsWith('GM'));
    });
    const byProvincie = await unreached();
    const sum = byProvincie.reduce((a, b) => a + b, 0);
    expect(sum).toBeLessThanOrEqual(total + 1e-6);
    expect(sum).toBeGreaterThan(0.98 * total);
    await page.locator('[data-testid="white-spots-table"] button[data-sort-key="name"]').click();
    const names = await page
      .locator('[data-testid="white-spots-table"] tbody tr td:nth-child(1)')
      .evaluateAll((cells) => cells.map((c) => c.textContent ?? ''));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
    const fit = await page
      .getByTestId('white-spots-table')
      .evaluate((table) => ({ table: table.scrollWidth, frame: table.parentElement!.clientWidth }));
    expect(fit.table).toBeLessThanOrEqual(fit.frame);
  }, 240_000);

  it('draws the minutes added instead of the access change when asked, and back', async () => {
    const access = await mapPixels();
    await page.getByTestId('scenario-map-minutes').click();
    await page.locator('[data-testid="travel-change-legend"][data-map="minutes"]').waitFor({ timeout: 10_000 });
    writeFileSync('/tmp/early-warning-minutes-clicked.png', await page.screenshot());
    const minutes = await mapPixels().catch((error) => {
      throw new Error(`map not idle in minutes mode; errors: ${session.errors.join(' | ')}`, { cause: error });
    });
    writeFileSync('/tmp/early-warning-minutes-map.png', await page.screenshot());
    expect(await changedShare(access, minutes)).toBeGreaterThan(0.003);
    await page.getByTestId('scenario-map-access').click();
    await page.locator('[data-testid="travel-change-legend"][data-map="access"]').waitFor();
    expect(await changedShare(access, await mapPixels())).toBeLessThan(0.001);
    expect(session.errors).toEqual([]);
  }, 240_000);

  it('draws the white spots on the map when asked', async () => {
    const before = await mapPixels();
    await page.getByTestId('white-spots-on-map').check();
    await page.getByTestId('white-spots-legend').waitFor();
    const after = await mapPixels();
    writeFileSync('/tmp/early-warning-white-spots.png', await page.screenshot());
    expect(await changedShare(before, after)).toBeGreaterThan(0.003);
    expect(session.errors).toEqual([]);
  }, 240_000);
});
