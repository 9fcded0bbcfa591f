import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BASEMAP_COLORS } from '../../src/map/colors.ts';
import {
  builtLocationColours,
  builtLocations,
  builtManifest,
  builtModelledOffer,
  mostIsolatedLocation,
} from './app-data.ts';
import { axeReport } from './axe.ts';
import { type AppSession, openSession } from './chromium.ts';
import { locationInList } from './location-list.ts';
import { colouredPointsDrawn, hexToRgb, pixelStats, projectToPage, shareNear, waitForMapIdle } from './map.ts';
import { fileBrowser } from './session.ts';

const SCREENS = '/tmp/screens';
const appUrl = inject('appUrl');
const locations = builtLocations();
const manifest = builtManifest();

// Every other test gets a fresh session, closed after it with a check that the app asked nothing of another origin.
const chromium = fileBrowser();
beforeAll(() => {
  mkdirSync(SCREENS, { recursive: true });
});

const openApp = (hash = ''): Promise<AppSession> => chromium.openApp(appUrl, hash);

describe('the app', () => {
  // Steps that only look at the app as it opens share one session: each start costs seconds of
  // software WebGL. The last step (the keyboard) is the only one that changes the screen.
  describe.sequential('as it opens', () => {
    let fresh: AppSession;
    beforeAll(async () => {
      fresh = await openSession(chromium.browser, appUrl);
      await fresh.page.goto(appUrl);
      await waitForMapIdle(fresh.page);
    }, 120_000);
    afterAll(async () => {
      await fresh?.context.close();
      expect(fresh?.outsideRequests).toEqual([]);
    });

    it('loads the map with every location, requesting only its own origin', async () => {
      const { page, requests, errors } = fresh;
      await expect(page.locator('h1').textContent()).resolves.toBe('Regiekaart mbo');
      await expect(page.getByTestId('location-count').textContent()).resolves.toBe(`${locations.length} locaties`);
      expect(locations).toHaveLength(679);
      // The data really came over the wire from the app's own server.
      for (const file of ['manifest.json', 'locations.json', 'basemap.topojson', 'regions.topojson']) {
        expect(requests.some((url) => url.endsWith(`/geodata/${file}`))).toBe(true);
      }
      expect(errors).toEqual([]);
      await page.screenshot({ path: `${SCREENS}/app-overview.png` });
    });

    it('draws a basemap with land, water and the inland waters as water', async () => {
      const { page } = fresh;
      const png = await page.locator('[data-testid="map"]').screenshot({ path: `${SCREENS}/map-canvas.png` });
      const box = (await page.locator('[data-testid="map"]').boundingBox())!;
      // Points that must be water (IJsselmeer, Waddenzee, Oosterschelde) and land (Veluwe).
      const probes = {
        ijsselmeer: [5.42, 52.78],
        waddenzee: [5.55, 53.3],
        oosterschelde: [3.97, 51.6],
        veluwe: [5.85, 52.15],
      } as const;
      const samples = await Promise.all(
        Object.values(probes).map(async ([lon, lat]) => {
          const p = await projectToPage(page, lon, lat);
          return { x: p.x - box.x, y: p.y - box.y };
        }),
      );
      const water = hexToRgb(BASEMAP_COLORS.water);
      const land = hexToRgb(BASEMAP_COLORS.land);
      const stats = await pixelStats(
        page,
        png,
        { water, land, countries: hexToRgb(BASEMAP_COLORS.countries) },
        samples,
      );
      expect(stats.distinctColours).toBeGreaterThan(20);
      expect(stats.shares.water).toBeGreaterThan(0.05);
      expect(stats.shares.land).toBeGreaterThan(0.12);
      expect(stats.shares.countries).toBeGreaterThan(0.02);
      const [ijsselmeer, waddenzee, oosterschelde, veluwe] = stats.patches;
      expect(shareNear(ijsselmeer, water), 'IJsselmeer is water').toBeGreaterThan(0.6);
      expect(shareNear(waddenzee, water), 'Waddenzee is water').toBeGreaterThan(0.6);
      expect(shareNear(oosterschelde, water), 'Oosterschelde is water').toBeGreaterThan(0.6);
      expect(shareNear(veluwe, land), 'Veluwe is land').toBeGreaterThan(0.6);
      // The locations are drawn over it, each in its colour.
      const dots = await colouredPointsDrawn(page, builtLocationColours());
      expect(dots.checked).toBeGreaterThanOrEqual(20);
      expect(dots.drawn).toBe(dots.checked);
    });

    it('lists every source with licence and attribution, CBS as "Bron: CBS"', async () => {
      const { page } = fresh;
      await page.getByRole('button', { name: 'Bronnen' }).click();
      const sources = page.getByTestId('sources');
      await sources.waitFor();
      const text = (await sources.textContent())!;
      for (const source of manifest.sources) {
        expect(text).toContain(source.title);
        expect(text).toContain(source.licence);
        expect(text).toContain(source.attribution);
      }
      expect(text).toContain('Bron: CBS');
      await page.screenshot({ path: `${SCREENS}/bronnen.png` });
      // Escape closes the dialog, leaving the screen as it opened for the next step.
      await page.keyboard.press('Escape');
      await sources.waitFor({ state: 'detached' });
    });

    it('has no serious accessibility problems and works from the keyboard', async () => {
      const { page } = fresh;
      expect((await axeReport(page)).blocking).toEqual([]);
      // Search, choose a location with the arrow keys, open it with Enter.
      const target = locations.find((l) => l.naam.length > 6) ?? locations[0];
      await page.getByRole('combobox', { name: 'Zoeken' }).focus();
      await page.keyboard.type(target.brinvest);
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('location-panel').textContent()).resolves.toContain(target.adres);
    });
  });

  it('shows name and institution on hover and opens the panel on click', async () => {
    const { page } = await openApp();
    const target = mostIsolatedLocation(locations);
    const point = await projectToPage(page, target.lon, target.lat);
    await page.mouse.move(point.x, point.y);
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor({ timeout: 10_000 });
    const tip = await tooltip.textContent();
    expect(tip).toContain(target.instelling);
    expect(tip).toContain(target.naam || target.plaats);
    await page.mouse.click(point.x, point.y);
    const panel = page.getByTestId('location-panel');
    await panel.waitFor({ timeout: 10_000 });
    const text = (await panel.textContent())!;
    expect(text).toContain(target.adres);
    expect(text).toContain(target.instelling);
    if (target.gemeenteNaam) expect(text).toContain(target.gemeenteNaam);
    if (target.amrNaam) expect(text).toContain(target.amrNaam);
    if (target.rmcNaam) expect(text).toContain(target.rmcNaam);
    if (target.provincie) expect(text).toContain(target.provincie);
    await page.screenshot({ path: `${SCREENS}/location-clicked.png` });
    // The selection is in the link.
    await page.waitForFunction((b) => window.location.hash.includes(`sel=${b}`), target.brinvest);
  });

  it('opens a location from the list, with its krimp region and confidence', async () => {
    const { page } = await openApp();
    const target = locations.find((l) => l.krimp !== null) ?? locations[0];
    await (await locationInList(page, target.brinvest)).click();
    const panel = page.getByTestId('location-panel');
    await panel.waitFor();
    const text = (await panel.textContent())!;
    expect(text).toContain(target.adres);
    if (target.krimp) {
      expect(text).toContain(target.krimp.regio);
      expect(text).toContain(target.krimp.confidence);
    }
  });

  it('filters the list by institution and by region; the list shows 50 at a time, from the first again after a filter', async () => {
    const { page } = await openApp();
    const items = page.locator('.location-list li');
    const more = page.getByTestId('location-list-more');
    expect(await items.count()).toBe(50);
    expect(await more.locator('.muted').textContent()).toBe(`50 van ${locations.length} in de lijst`);
    await more.getByRole('button', { name: 'Toon nog 50' }).click();
    expect(await items.count()).toBe(100);
    await more.getByRole('button', { name: `Toon alle ${locations.length}` }).click();
    expect(await items.count()).toBe(locations.length);
    expect(await more.count()).toBe(0);
    const brin = locations[0].brin;
    const own = locations.filter((l) => l.brin === brin);
    await page.getByLabel('Instelling', { exact: true }).selectOption(brin);
    await expect(page.getByTestId('location-count').textContent()).resolves.toBe(
      own.length === 1 ? '1 locatie' : `${own.length} locaties`,
    );
    await page.getByRole('button', { name: 'Alle filters wissen' }).click();
    const provincie = locations[0].provincie!;
    await page.getByLabel('Regio', { exact: true }).selectOption(provincie);
    const inProvincie = locations.filter((l) => l.provincie === provincie).length;
    await expect(page.getByTestId('location-count').textContent()).resolves.toBe(`${inProvincie} locaties`);
    expect(inProvincie).toBeLessThan(locations.length);
    expect(await items.count()).toBe(Math.min(50, inProvincie));
  });

  it('searches a place and flies there', async () => {
    const { page } = await openApp();
    const box = page.getByRole('combobox', { name: 'Zoeken' });
    await box.fill('Groningen');
    await page.getByRole('option').first().waitFor();
    await box.press('ArrowDown');
    await box.press('ArrowUp');
    await box.press('Enter');
    await page.waitForFunction(() => window.__regiekaartMap!.getZoom() > 9, undefined, { timeout: 15_000 });
    await waitForMapIdle(page);
    const center = await page.evaluate(() => window.__regiekaartMap!.getCenter());
    expect(center.lat).toBeGreaterThan(52.9);
    expect(center.lng).toBeGreaterThan(6.2);
    await page.screenshot({ path: `${SCREENS}/search-groningen.png` });
  });

  it('switches to English and keeps the language in the link', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByTestId('location-count').textContent()).resolves.toBe(`${locations.length} locations`);
    await page.waitForFunction(() => window.location.hash.includes('lang=en'));
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    // Folding the side panel gives its room to the map, which keeps its full height.
    const before = (await page.getByTestId('map').boundingBox())!;
    await page.getByRole('button', { name: 'Hide panel: Locations' }).click();
    await page.waitForFunction(
      (width) => document.querySelector('[data-testid="map"]')!.clientWidth > width,
      before.width,
    );
    const after = (await page.getByTestId('map').boundingBox())!;
    expect(after.height).toBe(before.height);
    await page.getByRole('button', { name: 'Show panel: Locations' }).focus();
  });

  it('shows the modelled programmes of a location, labelled as modelled, and filters on them', async () => {
    const { page } = await openApp();
    const offer = builtModelledOffer();
    expect(offer.kind).toBe('modelled');
    const target = locations.find((l) => offer.rows.some((r) => r.vestiging === l.brinvest)) ?? locations[0];
    await (await locationInList(page, target.brinvest)).click();
    const panel = page.getByTestId('location-panel');
    await panel.getByText('Opleidingen op deze locatie').waitFor();
    // The screen's persistent banner labels the programmes as modelled (once for the screen).
    expect(await page.getByTestId('offer-banner').getByTestId('modelled-label').isVisible()).toBe(true);
    await expect(page.getByTestId('modelled-label').first().textContent()).resolves.toContain('Modelaanbod');
    // Filtering on Entree leaves exactly the real locations the model gives an Entree programme.
    const withEntree = new Set(offer.rows.filter((r) => r.niveau === 1).map((r) => r.vestiging));
    const expected = locations.filter((l) => withEntree.has(l.brinvest)).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(locations.length);
    await page.getByRole('checkbox', { name: 'Entree' }).check();
    await expect(page.getByTestId('location-count').textContent()).resolves.toBe(`${expected} locaties`);
    await page.screenshot({ path: `${SCREENS}/offer-entree.png` });
  });
});
