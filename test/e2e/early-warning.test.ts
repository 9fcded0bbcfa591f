import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ProgrammeLocation } from '../../src/engine/analysis/index.ts';
import { kwetsbaarTable } from '../../scripts/cli/kwetsbaar.ts';
import { loadScenarioData } from '../../scripts/cli/scenario-data.ts';
import { launchChromium, openSession, type AppSession } from './chromium.ts';
import { builtLocations } from './app-data.ts';
import { pixelStats, projectToPage, waitForMapIdle } from './map.ts';

/**
 * Signalering in the browser: the national table of niveau 2 streams in and equals the CLI's
 * numbers on the same (built) data, sorts by its headers, draws its circles on the map, and one
 * click on "Stop" adds that stop to the scenario.
 */
const appUrl = inject('appUrl');
const NIVEAU = 2;

let browser: Browser;
let session: AppSession;
let page: Page;
let cli: ProgrammeLocation[];

const table = () => page.locator('[data-testid="early-warning-table"] tbody tr');
const column = (n: number) =>
  page
    .locator(`[data-testid="early-warning-table"] tbody tr td:nth-child(${n})`)
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')));
/** The location carrying the most sole reach (summed over its programmes): the largest circle. */
function largestCircle(): { lon: number; lat: number } {
  const sums = new Map<string, number>();
  for (const l of cli) sums.set(l.vestiging, (sums.get(l.vestiging) ?? 0) + l.sole);
  const [vestiging] = [...sums].sort((a, b) => b[1] - a[1])[0];
  return builtLocations().find((l) => l.brinvest === vestiging)!;
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
  session = await openSession(browser, appUrl);
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
    const first = table().first();
    const crebo = (await first.getAttribute('data-crebo'))!;
    await first.getByTestId('ew-stop').click();
    const edits = page.getByTestId('scenario-edits');
    await edits.waitFor({ timeout: 30_000 });
    expect(await edits.locator('li').count()).toBe(1);
    expect(await edits.textContent()).toContain(crebo);
    expect(await page.getByTestId('tab-scenario').getAttribute('aria-selected')).toBe('true');
  });
});
