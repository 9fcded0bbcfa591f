import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { presentationMessages } from '../../src/i18n/presentation.ts';
import { DEFAULT_SCENARIO_VIEW } from '../../src/state/scenario.ts';
import { encodeScenarioParam } from '../../src/state/url/scenario-param.ts';
import { builtLocations, builtModelledOffer } from './app-data.ts';
import { type AppSession, launchChromium, openSession } from './chromium.ts';
import { waitForMapIdle } from './map.ts';

/**
 * The presentation mode on a 1920×1080 screen: type readable from 4 m, the keys (niveau,
 * before/after, zoom and pan, help, full screen) and the compare layout's linked maps. One
 * session runs the steps in order; the slow part is drawing the national field in software WebGL,
 * so only the type test needs the full 1920×1080.
 */
const SCREENS = '/tmp/screens';
const appUrl = inject('appUrl');
const t = presentationMessages.nl;
const BEAMER_VIEWPORT = { width: 1280, height: 720 };

// window.__regiekaartCompare (the linked pair) is declared by src/map/compare/CompareMaps.tsx.
declare global {
  interface Window {
    __fullscreenRequests?: number;
  }
}

let browser: Browser;
let session: AppSession;

/** The main map's camera. */
function camera(page: Page) {
  return page.evaluate(() => ({ ...window.__regiekaartMap!.getCenter(), zoom: window.__regiekaartMap!.getZoom() }));
}

beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  browser = await launchChromium();
  session = await openSession(browser, appUrl);
  await session.page.setViewportSize({ width: 1920, height: 1080 });
  // Count full-screen requests: headless chromium may grant or refuse them, the request is what the key must make.
  await session.context.addInitScript(() => {
    const request = Element.prototype.requestFullscreen;
    window.__fullscreenRequests = 0;
    Element.prototype.requestFullscreen = function (this: Element, options?: FullscreenOptions) {
      window.__fullscreenRequests! += 1;
      return request.call(this, options);
    };
  });
  await session.page.goto(`${appUrl}?weergave=presentatie`);
  await waitForMapIdle(session.page);
}, 180_000);

afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

describe.sequential('presentation mode', () => {
  it('uses body text of at least 24 px at 1920×1080, panels included', async () => {
    const { page } = session;
    // Panels start folded in the presentation; open both so their text is measured too.
    const folded = page.locator('.panel-toggle[aria-expanded="false"]');
    await expect(folded.count()).resolves.toBe(2);
    while ((await folded.count()) > 0) await folded.first().click();
    const sizes = await page.evaluate(() => {
      const out: { text: string; size: number }[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('.app *')) {
        // Only elements with text of their own, on screen; the map attribution is credit, not body text.
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
        const box = el.getBoundingClientRect();
        if (!own || box.width === 0 || box.height === 0 || el.closest('.maplibregl-ctrl-attrib')) continue;
        if (box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth) continue;
        out.push({ text: el.textContent!.trim().slice(0, 40), size: parseFloat(getComputedStyle(el).fontSize) });
      }
      return out;
    });
    expect(sizes.length).toBeGreaterThan(40);
    expect(sizes.filter((s) => s.size < 24)).toEqual([]);
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(24);
    await page.screenshot({ path: `${SCREENS}/presentation-panels.png` });
    // Fold them again, giving the map the room for the key tests.
    const unfolded = page.locator('.panel-toggle[aria-expanded="true"]');
    while ((await unfolded.count()) > 0) await unfolded.first().click();
    // The keys and the compare layout are the same on every screen, so the rest runs on a small
    // beamer's: less than half the pixels of 1920×1080 for software WebGL to fill on every frame,
    // and still the 1280 px from which the side panels keep their full width.
    await page.setViewportSize(BEAMER_VIEWPORT);
  }, 60_000);

  it('chooses niveau 2 with the 2 key, and the travel field appears', async () => {
    const { page } = session;
    await page.locator('.brand h1').click();
    await page.keyboard.press('2');
    await page.getByTestId('travel-legend').waitFor({ timeout: 120_000 });
    await page.waitForFunction(() => !document.querySelector('[data-testid="travel-progress"]'), undefined, {
      timeout: 120_000,
    });
    // The niveau chooser (in the folded panel) shows the choice.
    await expect(page.locator('input[name="travel-niveau"][value="2"]').isChecked()).resolves.toBe(true);
    await page.waitForFunction(() => location.hash.includes('n=2'), undefined, { timeout: 10_000 });
    // E means Entree (niveau 1); back to 2 afterwards.
    await page.keyboard.press('e');
    await expect(page.locator('input[name="travel-niveau"][value="1"]').isChecked()).resolves.toBe(true);
    await page.keyboard.press('2');
    await expect(page.locator('input[name="travel-niveau"][value="2"]').isChecked()).resolves.toBe(true);
  }, 300_000);

  it('flips the delta legend between before and after with B', async () => {
    const { page } = session;
    // The delta (and its legend) is drawn only for a scenario with an edit: open a shared one.
    const placed = new Set(
      builtLocations()
        .filter((l) => l.cell >= 0)
        .map((l) => l.brinvest),
    );
    const row = builtModelledOffer().rows.find((r) => r.niveau === 2 && placed.has(r.vestiging));
    if (!row) throw new Error('the built offer has no niveau 2 programme at a placed location');
    const s = encodeScenarioParam({
      name: 'Presentatie',
      edits: [{ op: 'stop', crebo: row.crebo, vestiging: row.vestiging }],
      view: DEFAULT_SCENARIO_VIEW,
      modelledOffer: true,
    });
    await page.goto('about:blank');
    await page.goto(`${appUrl}?weergave=presentatie#n=2&s=${s}`);
    await waitForMapIdle(page);
    await page.locator('.brand h1').click();
    const legend = page.getByTestId('delta-legend');
    await legend.waitFor({ timeout: 120_000 });
    const first = await legend.getAttribute('data-show-after');
    await page.keyboard.press('b');
    await page.waitForFunction(
      (was) => document.querySelector('[data-testid="delta-legend"]')?.getAttribute('data-show-after') !== was,
      first,
      { timeout: 10_000 },
    );
    await page.keyboard.press('b');
    await page.waitForFunction(
      (was) => document.querySelector('[data-testid="delta-legend"]')?.getAttribute('data-show-after') === was,
      first,
      { timeout: 10_000 },
    );
  }, 180_000);

  it('zooms with + and pans with the arrow keys, focus anywhere but a text field', async () => {
    const { page } = session;
    await waitForMapIdle(page);
    const start = await camera(page);
    await page.keyboard.press('+');
    await page.waitForFunction((z) => window.__regiekaartMap!.getZoom() > z + 0.5, start.zoom, { timeout: 20_000 });
    await waitForMapIdle(page);
    const zoomed = await camera(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((lng) => window.__regiekaartMap!.getCenter().lng > lng + 0.01, zoomed.lng, {
      timeout: 20_000,
    });
    await waitForMapIdle(page);
    // Typing in a field is typing: the same key does nothing to the map.
    const before = await camera(page);
    await page.locator('.panel-toggle').first().click();
    const search = page.locator('.search input[type="search"]');
    await search.fill('');
    await search.press('+');
    // The key handler runs in the keydown itself: had it zoomed, the map would be moving now.
    expect(await search.inputValue()).toBe('+');
    expect(await page.evaluate(() => window.__regiekaartMap!.isMoving())).toBe(false);
    expect((await camera(page)).zoom).toBeCloseTo(before.zoom, 5);
    await page.locator('.panel-toggle').first().click();
  }, 300_000);

  it('shows the keys with ?, and Escape closes them', async () => {
    const { page } = session;
    await page.locator('.brand h1').click();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: t.keysTitle });
    await dialog.waitFor({ state: 'visible', timeout: 5_000 });
    await expect(dialog.textContent()).resolves.toContain(t.keys.niveau);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', timeout: 5_000 });
  }, 30_000);

  it('asks for full screen with F', async () => {
    const { page } = session;
    await page.keyboard.press('f');
    await page.waitForFunction(() => window.__fullscreenRequests === 1, undefined, { timeout: 5_000 });
    // Granted: the page is full screen; refused: the user is told so. Either way the handler ran.
    await page.waitForFunction(
      (message) =>
        document.fullscreenElement !== null || document.querySelector('.presentation-status')?.textContent === message,
      t.fullscreenUnavailable,
      { timeout: 5_000 },
    );
    if (await page.evaluate(() => document.fullscreenElement !== null)) {
      await page.keyboard.press('f');
      await page.waitForFunction(() => document.fullscreenElement === null, undefined, { timeout: 5_000 });
    }
  }, 30_000);

  it('shows before and after side by side, on two maps whose cameras stay linked', async () => {
    const { page } = session;
    await page.getByRole('button', { name: t.compare }).click();
    await page.waitForFunction(() => window.__regiekaartCompare !== undefined, undefined, { timeout: 60_000 });
    await expect(page.locator('[data-testid="compare-maps"] canvas.maplibregl-canvas').count()).resolves.toBe(2);
    await page.waitForFunction(
      () => Object.values(window.__regiekaartCompare!).every((m) => m.loaded() && !m.isMoving()),
      undefined,
      { timeout: 240_000 },
    );
    // On a beamer's 1280×720 the captions wrap instead of being cut off, both as tall as each
    // other so that the two maps keep one size; the top-left corner starts below them, and its
    // legend stays inside the map area, clear of the left map's attribution and zoom buttons.
    const fit = await page.evaluate(() => {
      const box = (el: Element) => el.getBoundingClientRect();
      const inside = (a: DOMRect, b: DOMRect) =>
        a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
      const captions = [...document.querySelectorAll('.compare-caption')];
      const clipped = captions.flatMap((caption) =>
        [...caption.querySelectorAll('h2, p, li')]
          .filter((el) => el.scrollWidth > el.clientWidth || !inside(box(el), box(caption)))
          .map((el) => el.textContent),
      );
      const corner = box(document.querySelector('.map-area > .map-corner-top-left')!);
      const clearOf = (selector: string) => {
        const other = box(document.querySelector(`[data-testid="compare-before"] ${selector}`)!);
        return corner.bottom <= other.top || corner.right <= other.left;
      };
      return {
        captionHeights: captions.map((c) => Math.round(box(c).height)),
        mapHeights: [...document.querySelectorAll('.compare-map')].map((m) => Math.round(box(m).height)),
        clipped,
        belowCaption: corner.top >= box(captions[0]).bottom,
        insideArea: inside(corner, box(document.querySelector('.map-area')!)),
        clearOfAttribution: clearOf('.maplibregl-ctrl-attrib'),
        clearOfZoomButtons: clearOf('.maplibregl-ctrl-group'),
      };
    });
    expect(fit.clipped, 'caption text cut off').toEqual([]);
    expect(fit.captionHeights[0]).toBe(fit.captionHeights[1]);
    expect(fit.mapHeights[0]).toBe(fit.mapHeights[1]);
    expect(fit).toMatchObject({
      belowCaption: true,
      insideArea: true,
      clearOfAttribution: true,
      clearOfZoomButtons: true,
    });
    const centres = () =>
      page.evaluate(() => {
        const { before, after } = window.__regiekaartCompare!;
        return { before: before.getCenter(), after: after.getCenter(), zooms: [before.getZoom(), after.getZoom()] };
      });
    const start = await centres();
    expect(start.after.lng).toBeCloseTo(start.before.lng, 6);

    // Drag the right-hand (after) map, in its upper part, clear of the legends.
    const box = (await page.getByTestId('compare-after').boundingBox())!;
    const from = { x: box.x + box.width * 0.45, y: box.y + box.height * 0.25 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    // Few steps: each one redraws both maps with the national field, seconds apiece in software WebGL.
    await page.mouse.move(from.x - 150, from.y + 80, { steps: 3 });
    await page.mouse.up();
    await page.waitForFunction(
      () => Object.values(window.__regiekaartCompare!).every((m) => !m.isMoving()),
      undefined,
      { timeout: 60_000 },
    );
    const moved = await centres();
    expect(Math.abs(moved.after.lng - start.after.lng)).toBeGreaterThan(0.05);
    expect(moved.before.lng).toBeCloseTo(moved.after.lng, 6);
    expect(moved.before.lat).toBeCloseTo(moved.after.lat, 6);
    expect(moved.zooms[0]).toBeCloseTo(moved.zooms[1], 6);

    // The keys move the pair too.
    await page.locator('.brand h1').click();
    await page.keyboard.press('-');
    await page.waitForFunction((z) => window.__regiekaartCompare!.after.getZoom() < z - 0.5, moved.zooms[1], {
      timeout: 20_000,
    });
    const zoomed = await centres();
    expect(zoomed.zooms[0]).toBeCloseTo(zoomed.zooms[1], 6);
    await page.screenshot({ path: `${SCREENS}/presentation-compare.png` });

    // C leaves the layout; the single map comes back.
    await page.keyboard.press('c');
    await page.waitForFunction(() => window.__regiekaartCompare === undefined, undefined, { timeout: 20_000 });
    await waitForMapIdle(page);
    await expect(page.locator('.map-area canvas.maplibregl-canvas').count()).resolves.toBe(1);
  }, 420_000);

  it('asked nothing of any other origin and logged no errors', () => {
    expect(session.outsideRequests).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
