import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { builtLocations, builtModelledOffer } from './app-data.ts';
import { waitForMapIdle } from './map.ts';
import { programmeAction } from './programme-actions.ts';
import { countRowRenders, resetRowRenders, rowRenders } from './react-renders.ts';
import { fileBrowser } from './session.ts';

/**
 * The board member's walk from issue 15: search "Terneuzen", land with context, pick the Scalda
 * location, stop a programme from the location panel itself; then the figures and the map's
 * travel field are both that programme's, and B flips the field between after and before; last,
 * searching the institution lands on the bounds of all its locations.
 */
const SCREENS = '/tmp/screens';
const appUrl = inject('appUrl');
const SCALDA_TERNEUZEN = '25PV01';
const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1600, height: 1000 },
];

const chromium = fileBrowser({ noErrors: true });
beforeAll(() => {
  mkdirSync(SCREENS, { recursive: true });
});

/** A niveau 2 programme of the Scalda location in Terneuzen, from the offer as built. */
function programmeAtScalda(): string {
  const crebos = builtModelledOffer()
    .rows.filter((r) => r.vestiging === SCALDA_TERNEUZEN && r.niveau === 2)
    .map((r) => r.crebo);
  if (crebos.length === 0) throw new Error(`the built offer has no niveau 2 programme at ${SCALDA_TERNEUZEN}`);
  return [...new Set(crebos)].sort()[0];
}

const zoom = (page: Page) => page.evaluate(() => window.__regiekaartMap!.getZoom());

async function searchAndChoose(page: Page, query: string, option: RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Zoeken' });
  await box.fill('');
  await box.fill(query);
  await page.getByRole('option', { name: option }).first().click();
  await waitForMapIdle(page);
}

describe.each(VIEWPORTS)('location first at $width × $height', (viewport) => {
  it('search lands with context, the stop is in the location panel, the map shows that crebo', async () => {
    const { page } = await chromium.openApp(appUrl, '', { context: { viewport }, beforeLoad: countRowRenders });
    const name = `${viewport.width}x${viewport.height}`;
    const scalda = builtLocations().find((l) => l.brinvest === SCALDA_TERNEUZEN)!;

    // A place lands at its gemeente's extent: zoomed in, with the Scalda location in view.
    await searchAndChoose(page, 'Terneuzen', /^Terneuzen\s*plaats/i);
    const placeZoom = await zoom(page);
    expect(placeZoom).toBeGreaterThan(8.5);
    expect(placeZoom).toBeLessThanOrEqual(12);
    const inView = await page.evaluate(
      ([lon, lat]) => {
        const map = window.__regiekaartMap as unknown as { getBounds(): { contains(p: [number, number]): boolean } };
        return map.getBounds().contains([lon, lat]);
      },
      [scalda.lon, scalda.lat] as const,
    );
    expect(inView).toBe(true);
    await page.screenshot({ path: `${SCREENS}/location-first-place-${name}.png` });

    // The location lands at zoom 11 or less (its town and the neighbours visible) and opens its panel.
    await searchAndChoose(page, 'Terneuzen', /Vlietstraat/);
    expect(await zoom(page)).toBeLessThanOrEqual(11);
    await page.getByTestId('location-panel').waitFor();
    await page.screenshot({ path: `${SCREENS}/location-first-location-${name}.png` });

    // Stop from the location panel's own list: filter, then the programme's own button.
    const crebo = programmeAtScalda();
    const stop = await programmeAction(page, 'stop', crebo);
    // Every action of the row: its accessible name contains its visible text (WCAG 2.5.3).
    const row = page.locator(`[data-testid="location-panel"] li[data-crebo="${crebo}"]`);
    const named = await row
      .locator('.programme-action')
      .evaluateAll((buttons) => buttons.map((b) => [b.textContent?.trim() ?? '', b.getAttribute('aria-label') ?? '']));
    expect(named.map(([text]) => text)).toEqual(['Stop', 'Uitruil', 'Beste plek', 'Eén aanbieder']);
    for (const [text, name] of named) expect(name.startsWith(text)).toBe(true);
    // Keyboard reachable: from the filter box, Tab comes to the stop button; Enter presses it.
    await page.getByTestId('programmes-filter').focus();
    const onStop = () => stop.evaluate((button) => button === document.activeElement);
    for (let tabs = 0; tabs < 4 && !(await onStop()); tabs++) await page.keyboard.press('Tab');
    expect(await onStop()).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator(`li[data-crebo="${crebo}"][data-status="stopped"]`).waitFor({ timeout: 30_000 });

    // The figures are the crebo's, and so is the travel field on the map, after the scenario.
    expect(await page.locator('#scenario-focus').inputValue()).toBe(`c:${crebo}`);
    await page.locator('[data-testid="scenario-figures"][aria-busy="false"]').waitFor({ timeout: 180_000 });
    const subject = page.getByTestId('travel-field-subject');
    await page
      .locator(`[data-testid="travel-field-subject"][data-crebo="${crebo}"][data-side="after"]`)
      .waitFor({ timeout: 120_000 });
    expect(await subject.textContent()).toContain(crebo);
    await page.getByTestId('delta-legend').waitFor();
    await waitForMapIdle(page);
    expect(await zoom(page)).toBeLessThanOrEqual(11);
    await page.screenshot({ path: `${SCREENS}/location-first-after-${name}.png` });

    // B: the same crebo's field before the scenario; B again: after.
    await page.locator('body').press('b');
    await page
      .locator(`[data-testid="travel-field-subject"][data-crebo="${crebo}"][data-side="before"]`)
      .waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="delta-legend"][data-show-after="false"]').waitFor();
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENS}/location-first-before-${name}.png` });
    await page.locator('body').press('b');
    await page
      .locator(`[data-testid="travel-field-subject"][data-crebo="${crebo}"][data-side="after"]`)
      .waitFor({ timeout: 60_000 });

    // The link carries it: the crebo (q) and the scenario with its focus (s).
    await expect.poll(() => new URL(page.url()).hash).toMatch(new RegExp(`[#&]q=${crebo}(&|$)`));
    expect(new URL(page.url()).hash).toMatch(/[#&]s=/);

    // Undo with the whole list shown: of its rows only the programme's own re-renders (no
    // re-render of rows that did not change).
    await page.getByTestId('programmes-filter').fill('');
    const rows = page.locator('[data-testid="location-panel"] li[data-crebo]');
    await expect.poll(() => rows.count()).toBeGreaterThan(50);
    await resetRowRenders(page);
    await page.getByTestId('scenario-undo').click();
    // Attached, not visible: without a filter the row sits in its folded domain group.
    await page
      .locator(`[data-testid="location-panel"] li[data-crebo="${crebo}"][data-status="offered"]`)
      .waitFor({ state: 'attached' });
    await page.locator('[data-testid="scenario-figures"][aria-busy="false"]').waitFor({ timeout: 180_000 });
    expect(await rowRenders(page)).toEqual({ [crebo]: expect.any(Number) });

    // An institution lands at the bounds of all its locations and becomes the list filter.
    await searchAndChoose(page, 'Scalda', /^Scalda\s*instelling/);
    const scaldaPoints = builtLocations()
      .filter((l) => l.brin === scalda.brin)
      .map((l) => [l.lon, l.lat] as [number, number]);
    expect(scaldaPoints.length).toBeGreaterThan(1);
    const outOfView = await page.evaluate((points) => {
      const map = window.__regiekaartMap as unknown as { getBounds(): { contains(p: [number, number]): boolean } };
      return points.filter((p) => !map.getBounds().contains(p));
    }, scaldaPoints);
    expect(outOfView).toEqual([]);
    expect(await zoom(page)).toBeLessThanOrEqual(11);
    await expect.poll(() => new URL(page.url()).hash).toMatch(new RegExp(`[#&]inst=${scalda.brin}(&|$)`));
    await page.screenshot({ path: `${SCREENS}/location-first-institution-${name}.png` });
  }, 600_000);
});
