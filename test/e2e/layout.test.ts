import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MODELLED_LABEL } from '../../src/engine/offer/modelled-label.ts';
import { DEFAULT_SCENARIO_VIEW } from '../../src/state/scenario.ts';
import { encodeScenarioParam } from '../../src/state/url/scenario-param.ts';
import { builtLocations, builtModelledOffer } from './app-data.ts';
import { axeReport } from './axe.ts';
import { type AppSession, launchChromium, openSession } from './chromium.ts';
import { waitForMapIdle } from './map.ts';
import { MODES, openWithField, switchBoardMode } from './modes.ts';

/**
 * The screen at a desktop, a laptop and a phone size, in every mode, with the niveau-2 travel
 * field drawn: the page is exactly as wide as the viewport, no two visible controls overlap,
 * the modelled label is on screen at least once and at most twice, and the one legend panel
 * lists exactly the layers that are on (folded on a phone). Then the phone's public view in
 * detail (bottom sheet, finger-sized targets, axe), and the sector view's two layouts.
 * Screenshots go to /tmp/screens/layout-*.png.
 */
const SCREENS = '/tmp/screens';
const appUrl = inject('appUrl');
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1600, height: 1000 },
  { width: 390, height: 844 },
] as const;
const PHONE = SIZES[2];

let browser: Browser;
const sessions: AppSession[] = [];

beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  for (const s of sessions) await s.context.close();
  await browser?.close();
});

async function sessionAt(size: { width: number; height: number }): Promise<AppSession> {
  const phone = size.width < 500;
  const session = await openSession(
    browser,
    appUrl,
    {},
    {
      viewport: size,
      isMobile: phone,
      hasTouch: phone,
    },
  );
  sessions.push(session);
  return session;
}

/** A niveau-2 programme at a location on the grid, from the offer the build serves. */
function stopEdit(): { crebo: string; vestiging: string } {
  const placed = new Set(
    builtLocations()
      .filter((l) => l.cell >= 0)
      .map((l) => l.brinvest),
  );
  const row = builtModelledOffer().rows.find((r) => r.niveau === 2 && placed.has(r.vestiging));
  if (!row) throw new Error('the built offer has no niveau 2 programme at a placed location');
  return { crebo: row.crebo, vestiging: row.vestiging };
}

interface ScreenReport {
  scrollWidth: number;
  innerWidth: number;
  overlaps: string[];
  labels: number;
  small: string[];
}

/**
 * What the screen shows, measured in the page. A control counts where it is really visible:
 * its box clipped by every scrolling or clipping ancestor and by the viewport. Pairs where one
 * control holds the other (a label and its input) are not overlaps.
 */
function measure(page: Page, label: string): Promise<ScreenReport> {
  return page.evaluate((labelText) => {
    const CONTROLS =
      'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], label:has(> input)';
    type Box = { left: number; top: number; right: number; bottom: number };
    const clip = (a: Box, b: Box): Box => ({
      left: Math.max(a.left, b.left),
      top: Math.max(a.top, b.top),
      right: Math.min(a.right, b.right),
      bottom: Math.min(a.bottom, b.bottom),
    });
    const empty = (b: Box) => b.right - b.left < 1 || b.bottom - b.top < 1;
    const visibleBox = (el: Element): Box | null => {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return null;
      const r = el.getBoundingClientRect();
      let box: Box = clip(r, { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight });
      for (let p = el.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') box = clip(box, p.getBoundingClientRect());
      }
      return empty(box) ? null : box;
    };
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
    // The map's own attribution text links are running text, not controls laid out by the app.
    const controls = [...document.querySelectorAll(CONTROLS)]
      .filter((el) => !el.closest('.maplibregl-ctrl-attrib-inner'))
      .map((el) => ({ el, box: visibleBox(el) }))
      .filter((c): c is { el: Element; box: Box } => c.box !== null);
    const overlaps: string[] = [];
    for (let i = 0; i < controls.length; i++) {
      for (let j = i + 1; j < controls.length; j++) {
        const a = controls[i];
        const b = controls[j];
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const both = clip(a.box, b.box);
        if (!empty(both)) overlaps.push(`${name(a.el)} × ${name(b.el)}`);
      }
    }
    // Finger-sized: every visible control but the inputs a label wraps and links in running text.
    const small = controls
      .filter(({ el }) => !(el.matches('input[type="checkbox"], input[type="radio"]') && el.closest('label')))
      .filter(({ el }) => !el.matches('.link-button, p a, li a'))
      .filter(({ el }) => {
        const r = el.getBoundingClientRect();
        return r.height < 44 || r.width < 44;
      })
      .map(({ el }) => {
        const r = el.getBoundingClientRect();
        return `${name(el)} ${Math.round(r.width)}×${Math.round(r.height)}`;
      });
    let labels = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.includes(labelText)) continue;
      if (node.parentElement && visibleBox(node.parentElement)) labels++;
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      overlaps,
      labels,
      small,
    };
  }, label);
}

const legendSections = (page: Page) =>
  page
    .getByTestId('map-legend')
    .locator('[data-legend-section]')
    .evaluateAll((sections) => sections.map((s) => s.getAttribute('data-legend-section')));

describe.sequential('layout at desktop, laptop and phone size', () => {
  for (const size of SIZES) {
    describe.sequential(`${size.width}×${size.height}`, () => {
      let session: AppSession;
      beforeAll(async () => {
        session = await sessionAt(size);
      }, 60_000);

      for (const mode of MODES) {
        it(`${mode}: no horizontal scroll, no overlapping controls, one label, a legend of what is on`, async () => {
          const { page } = session;
          // The boards' modes switch in one document, keeping the computed field; the public
          // view is reached only through a link, so it loads afresh.
          if (mode === 'bewerken' || mode === 'publiek') await openWithField(page, appUrl, mode);
          else await switchBoardMode(page, mode);
          const phone = size === PHONE;
          const legend = page.getByTestId('map-legend');
          // Folded on a phone, open on a larger screen.
          expect(await legend.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(!phone);
          // No edits: the location colours and the travel field, no delta section.
          expect(await legendSections(page)).toEqual(['locations', 'travel']);
          expect(await page.getByTestId('delta-legend').count()).toBe(0);

          const report = await measure(page, MODELLED_LABEL.nl);
          await page.screenshot({ path: `${SCREENS}/layout-${mode}-${size.width}.png` });
          expect(report.scrollWidth, 'page wider than the viewport').toBe(report.innerWidth);
          expect(report.overlaps, 'overlapping controls').toEqual([]);
          expect(report.labels).toBeGreaterThanOrEqual(1);
          expect(report.labels).toBeLessThanOrEqual(2);
          await expect(page.getByTestId('offer-banner').isVisible()).resolves.toBe(true);

          if (phone) {
            // The legend unfolds and folds again; unfolded it overlaps no control either.
            await legend.locator('summary').click();
            expect(await legend.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
            const open = await measure(page, MODELLED_LABEL.nl);
            expect(open.overlaps, 'overlapping controls with the legend open').toEqual([]);
            await page.screenshot({ path: `${SCREENS}/layout-${mode}-${size.width}-legend.png` });
            await legend.locator('summary').click();
          }
        }, 300_000);
      }
    });
  }
});

describe.sequential('the public view on a phone', () => {
  let session: AppSession;
  beforeAll(async () => {
    session = await sessionAt(PHONE);
  }, 60_000);

  it('shows a shared scenario with the label in the introduction, a delta legend, finger-sized controls and a working sheet', async () => {
    const { page } = session;
    const s = encodeScenarioParam({
      name: 'Gedeeld op de telefoon',
      edits: [{ op: 'stop', ...stopEdit() }],
      view: DEFAULT_SCENARIO_VIEW,
      modelledOffer: true,
    });
    await openWithField(page, appUrl, 'publiek', `#n=2&s=${s}`);
    await page.getByTestId('delta-legend').waitFor({ state: 'attached', timeout: 120_000 });
    // A scenario with an edit: the legend lists the delta too, like the exported legend.
    expect(await legendSections(page)).toEqual(['locations', 'travel', 'delta']);
    // The introduction names the label itself.
    await expect(page.getByTestId('public-intro').textContent()).resolves.toContain(MODELLED_LABEL.nl);

    const report = await measure(page, MODELLED_LABEL.nl);
    expect(report.small, 'controls under 44 px').toEqual([]);
    expect(report.labels).toBeLessThanOrEqual(2);

    // The header actions sit in a menu that opens with room for a finger.
    const menu = page.getByTestId('header-menu');
    expect(await page.getByRole('button', { name: 'Bronnen', exact: true }).isVisible()).toBe(false);
    await menu.click();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    expect(await page.getByRole('button', { name: 'Bronnen', exact: true }).isVisible()).toBe(true);
    const withMenu = await measure(page, MODELLED_LABEL.nl);
    expect(withMenu.overlaps, 'overlapping controls with the menu open').toEqual([]);
    expect(withMenu.small, 'menu controls under 44 px').toEqual([]);
    await page.screenshot({ path: `${SCREENS}/layout-publiek-390-menu.png` });
    await menu.click();

    // The sheet's handle folds the panels away, giving the map the screen, and brings them back.
    const handle = page.getByTestId('sheet-handle');
    const mapHeight = () => page.locator('.map-area').evaluate((m) => m.getBoundingClientRect().height);
    const before = await mapHeight();
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    await handle.click();
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(mapHeight).toBeGreaterThan(before + 200);
    expect(await page.getByTestId('public-intro').isVisible()).toBe(false);
    await page.screenshot({ path: `${SCREENS}/layout-publiek-390-folded.png` });
    await handle.click();
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.getByTestId('public-intro').isVisible()).toBe(true);

    expect((await axeReport(page)).blocking).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  }, 300_000);
});

describe.sequential('the sector view', () => {
  const DOMAIN = 'Informatie en communicatietechnologie';

  /** The map's and the table panel's boxes, and whether the table fits its column. */
  const sectorBoxes = (page: Page) =>
    page.evaluate(() => {
      const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      // The shared DataTable's scrolling frame around the sector table.
      const wrap = document.querySelector('[data-testid="sector-table"]')!.closest('.data-table-wrap')!;
      return {
        map: box('.map-area'),
        panel: box('.side-panel-right'),
        tableFits: wrap.scrollWidth <= wrap.clientWidth,
        scrollWidth: document.documentElement.scrollWidth,
      };
    });

  for (const { width, height, sideBySide } of [
    { width: 1600, height: 1000, sideBySide: true },
    { width: 1400, height: 900, sideBySide: true },
    { width: 1280, height: 900, sideBySide: false },
  ]) {
    it(`${width} px: ${sideBySide ? 'table beside the map' : 'table under the map'}, map at least 400 px wide, table within its column`, async () => {
      const session = await sessionAt({ width, height });
      const { page } = session;
      await page.goto(`${appUrl}?weergave=sector`);
      await page.getByTestId('sector-choice').selectOption(`domein:${DOMAIN}`);
      await page.locator('[data-testid="sector-table"] tbody tr').first().waitFor({ timeout: 120_000 });
      await waitForMapIdle(page);
      const boxes = await sectorBoxes(page);
      await page.screenshot({ path: `${SCREENS}/layout-sector-${width}-table.png` });
      expect(boxes.scrollWidth).toBe(width);
      expect(boxes.map.width).toBeGreaterThanOrEqual(400);
      expect(boxes.tableFits, 'the sector table overflows its column').toBe(true);
      if (sideBySide) expect(boxes.panel.left).toBeGreaterThanOrEqual(boxes.map.right - 1);
      else expect(boxes.panel.top).toBeGreaterThanOrEqual(boxes.map.bottom - 1);
      const report = await measure(page, MODELLED_LABEL.nl);
      expect(report.overlaps, 'overlapping controls').toEqual([]);
      expect(report.labels).toBeLessThanOrEqual(2);
      await session.context.close();
      sessions.splice(sessions.indexOf(session), 1);
    }, 300_000);
  }
});
