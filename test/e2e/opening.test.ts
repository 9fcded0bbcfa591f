import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { messagesFor } from '../../src/i18n/index.ts';
import { scenarioMessages } from '../../src/i18n/scenario.ts';
import { builtLocations } from './app-data.ts';
import { launchChromium, serviceWorkerActive, WITH_SERVICE_WORKER } from './chromium.ts';
import { waitForMapIdle } from './map.ts';
import { fileBrowser } from './session.ts';
import { plainStaticServer } from './static-server.ts';
import { chooseNiveau, travelBandShares } from './travel-field.ts';
import { writeWorkbook } from './workbook.ts';

/**
 * Every way a board opens the app: from a school network's plain-http host name (not a secure
 * context: no WebCrypto, no service worker) on a plain static server under a sub-path; offline
 * after one visit (the service worker's copy); the portable file over file://; and with a
 * corrupt graph.bin, which must be named while the rest keeps working. Each must show every
 * location and the travel field for niveau 2, with no Content-Security-Policy violation
 * (csp-guard.ts checks that after every test).
 */
const SCREENS = '/tmp/screens';
const appUrl = inject('appUrl');
const staticUrl = inject('staticUrl');
const portableUrl = inject('portableUrl');
const LAN_HOST = 'regiekaart-lan';
const NIVEAU = 2;
const nl = messagesFor('nl');
const GOOD_DUO_FILE = path.resolve(
  import.meta.dirname,
  '../fixtures/aanbod/mbo_opleidingsaanbod_semicolon_bom_crlf.csv',
);

const chromium = fileBrowser();
beforeAll(() => {
  mkdirSync(SCREENS, { recursive: true });
});

/** All locations listed, and the niveau-2 field drawn in every band of its legend. */
async function expectLocationsAndField(page: Page, name: string) {
  await waitForMapIdle(page);
  await expect(page.getByTestId('location-count').textContent()).resolves.toBe(`${builtLocations().length} locaties`);
  await chooseNiveau(page, NIVEAU);
  const shares = await travelBandShares(page, NIVEAU, `${SCREENS}/opening-${name}-map.png`);
  for (const [band, share] of Object.entries(shares)) expect(share, `band ${band} on screen`).toBeGreaterThan(0.0005);
  expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBeGreaterThan(0.1);
  await page.screenshot({ path: `${SCREENS}/opening-${name}.png` });
}

describe('opening the app', () => {
  it('from a LAN host name over plain http, on a plain static server under a sub-path', async () => {
    const lanBrowser = await launchChromium([`--host-resolver-rules=MAP ${LAN_HOST} 127.0.0.1`]);
    try {
      const url = staticUrl.replace('127.0.0.1', LAN_HOST);
      const session = await chromium.openApp(url, '', { browser: lanBrowser });
      // The point of this test: a context without WebCrypto and without service workers.
      const context = await session.page.evaluate(() => ({
        secure: window.isSecureContext,
        subtle: globalThis.crypto?.subtle !== undefined,
        serviceWorker: 'serviceWorker' in navigator,
      }));
      expect(context).toEqual({ secure: false, subtle: false, serviceWorker: false });
      await expectLocationsAndField(session.page, 'lan');
      expect(session.errors).toEqual([]);
      await session.context.close();
    } finally {
      await lanBrowser.close();
    }
  }, 480_000);

  it('offline after one visit, from the service worker', async () => {
    const { page, context } = await chromium.openApp(staticUrl, '', { context: WITH_SERVICE_WORKER });
    await serviceWorkerActive(page);
    await context.setOffline(true);
    await page.reload();
    await expectLocationsAndField(page, 'offline');
    await expect(page.evaluate(() => navigator.serviceWorker.controller !== null)).resolves.toBe(true);
    // Scenarios work offline too: their figures are computed for the chosen niveau.
    await page.getByTestId('scenario-figures').waitFor({ timeout: 90_000 });
  }, 480_000);

  it('announces a new version and takes it only when asked', async () => {
    // A copy of the build whose service worker can change, as a new release on the server would.
    const root = mkdtempSync(path.join(tmpdir(), 'regiekaart-release-'));
    cpSync(path.resolve(import.meta.dirname, '../../dist'), root, { recursive: true });
    const server = plainStaticServer(root, '/regiekaart/');
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/regiekaart/`;
    try {
      const { page } = await chromium.openApp(url, '', { context: WITH_SERVICE_WORKER });
      await serviceWorkerActive(page);
      await page.evaluate(() => Object.assign(window, { __sameMeeting: true }));

      appendFileSync(path.join(root, 'sw.js'), '\n// the next release\n');
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
      const notice = page.getByTestId('update-notice');
      await notice.waitFor({ timeout: 60_000 });
      await expect(notice.textContent()).resolves.toBe(`${nl.updateAvailable} —${nl.updateApply}`);
      // Announced, not swapped in: the page the board is looking at is still the same one.
      await expect(page.evaluate(() => '__sameMeeting' in window)).resolves.toBe(true);
      await page.screenshot({ path: `${SCREENS}/opening-update-notice.png` });

      await Promise.all([
        page.waitForEvent('load', { timeout: 60_000 }),
        notice.getByRole('button', { name: nl.updateApply }).click(),
      ]);
      await waitForMapIdle(page);
      await expect(page.evaluate(() => '__sameMeeting' in window)).resolves.toBe(false);
      await expect(page.getByTestId('update-notice').count()).resolves.toBe(0);
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      rmSync(root, { recursive: true, force: true });
    }
  }, 300_000);

  it('as the portable file over file://, with the DUO import, and without browser storage', async () => {
    // Some browsers give a file:// page no storage at all: the app must say so and carry on.
    const blockStorage = (page: Page) =>
      page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get: () => {
            throw new DOMException('blocked for this test', 'SecurityError');
          },
        });
        indexedDB.open = () => {
          throw new DOMException('blocked for this test', 'SecurityError');
        };
      });
    const { page } = await chromium.openApp(portableUrl, '', { beforeLoad: blockStorage });
    await expectLocationsAndField(page, 'portable');
    await page.getByTestId('scenario-figures').waitFor({ timeout: 90_000 });
    await expect(page.getByTestId('scenario-panel').textContent()).resolves.toContain(
      scenarioMessages.nl.saveProblem({ kind: 'no-storage' }),
    );

    const details = page.locator('details', { has: page.getByText('DUO-bestand importeren', { exact: true }) });
    await details.locator('summary').dispatchEvent('click');
    await page.getByTestId('aanbod-file-input').setInputFiles(GOOD_DUO_FILE);
    await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('import-summary').textContent()).resolves.toContain(path.basename(GOOD_DUO_FILE));
    await page.screenshot({ path: `${SCREENS}/opening-portable-import.png` });

    // The workbook reader runs in the portable file's import worker too, under its policy.
    const workbook = writeWorkbook('portable_studenten.xlsx', 'Studenten', [
      ['Crebo', 'Brinvest', 'Studenten'],
      ['25180', '00GT00', 31],
    ]);
    const figures = page.locator('details', { has: page.getByText('Eigen cijfers koppelen', { exact: true }) });
    await figures.locator('summary').dispatchEvent('click');
    await page.getByTestId('indicator-file-input').setInputFiles(workbook);
    const mapping = page.getByTestId('mapping-step');
    await mapping.waitFor({ timeout: 60_000 });
    await expect(mapping.locator('tr[data-column="Studenten"] select').inputValue()).resolves.toBe('value');
    await expect(mapping.getByTestId('preview-matched').first().textContent()).resolves.toBe('1');
  }, 480_000);

  it('with a corrupt graph.bin: named, with what to do, while the locations still show', async () => {
    const routes = {
      '**/geodata/graph.bin': async (route: Route) => {
        const response = await route.fetch();
        const body = Buffer.from(await response.body());
        // One travel time a tenth of a minute longer: the structure still decodes, the checksum fails.
        const nodes = body.readUInt32LE(12);
        const edges = body.readUInt32LE(16);
        const firstWeight = 20 + 4 * (nodes + 1) + 4 * edges;
        body.writeUInt16LE(body.readUInt16LE(firstWeight) + 1, firstWeight);
        await route.fulfill({ response, body });
      },
    };
    const { page } = await chromium.openApp(appUrl, '', { routes });
    await expect(page.getByTestId('location-count').textContent()).resolves.toBe(`${builtLocations().length} locaties`);
    const notice = page.getByTestId('travel-unavailable');
    await notice.waitFor({ timeout: 30_000 });
    const text = (await notice.textContent())!;
    expect(text).toContain(nl.travelUnavailable('graph.bin'));
    expect(text).toContain(nl.loadErrorCorrupt('graph.bin'));
    expect(text).toContain(nl.adviceDamaged);
    await page.screenshot({ path: `${SCREENS}/opening-corrupt-graph.png` });
  }, 120_000);
});
