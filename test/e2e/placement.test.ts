import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { resolve } from 'node:path';
import loadHighs from 'highs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { placementFor } from '../../scripts/cli/placement-data.ts';
import { loadScenarioData, type ScenarioData } from '../../scripts/cli/scenario-data.ts';
import { oneProvider } from '../../src/engine/analysis/one-provider.ts';
import { applyEdits, formatEditProblem } from '../../src/engine/scenario/index.ts';
import { axeReport } from './axe.ts';
import { type AppSession, launchChromium, openSession, serviceWorkerActive, WITH_SERVICE_WORKER } from './chromium.ts';
import { waitForMapIdle } from './map.ts';
import { programmeAction } from './programme-actions.ts';
import { openSection } from './session.ts';

/**
 * The placement questions in the browser, against the engine on the same built data (the CLI's
 * code path): the best-place ranking in the list and on the map, one click adds the start to the
 * scenario and the ranking moves on, and "as if one provider" keeps as many locations as the
 * engine says and opens its stops as a new scenario.
 */
const SCREENS = '/tmp/screens';
const appUrl = inject('appUrl');
const staticUrl = inject('staticUrl');
const portableUrl = inject('portableUrl');
const CREBO = '25382'; // niveau 2, widely offered
const NIVEAU = 2;
/** A DUO file of the import tests, and a crebo it offers. */
const DUO_FILE = resolve('test/fixtures/aanbod/mbo_opleidingsaanbod_semicolon_bom_crlf.csv');
const IMPORTED_CREBO = '25180';

let browser: Browser;
let data: ScenarioData;
const sessions: AppSession[] = [];

beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  browser = await launchChromium();
  data = await loadScenarioData({ geodataDir: resolve(process.cwd(), 'dist/geodata') });
}, 120_000);
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  const open = sessions.splice(0);
  for (const s of open) await s.context.close();
  for (const s of open) {
    expect(s.outsideRequests).toEqual([]);
    expect(s.errors).toEqual([]);
  }
});

/**
 * Asks "as if one provider" for CREBO from the location panel (the page shows a location that
 * offers it) and checks the kept locations against the engine on the same data. This question is
 * the one HiGHS answers, so it passes only when the solver's WebAssembly loaded.
 */
async function expectOneProviderAnswer(page: Page) {
  const expected = oneProvider(await loadHighs(), placementFor(data).providerModel(data.offer.rows, CREBO, NIVEAU));
  await (await programmeAction(page, 'een-aanbieder', CREBO)).click();
  const summary = page.locator('[data-testid="one-provider-summary"][data-optimal="true"]');
  const failed = page.locator('[data-testid="placement-panel"] .placement-error');
  // An answer or an error, whichever comes first: a solver that did not start fails here, with its message.
  await summary.or(failed).first().waitFor({ timeout: 180_000 });
  expect(await failed.allTextContents()).toEqual([]);
  expect(Number(await summary.getAttribute('data-keep'))).toBe(expected.keep.length);
  expect(
    await page
      .locator('[data-testid="one-provider-kept"] li')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-vestiging'))),
  ).toEqual(expected.keep);
}

describe('placement', () => {
  it('ranks the best places on the map and in a list, starts one in a click, and shows the one-provider answer', async () => {
    const placement = placementFor(data);
    const ranking = placement.bestPlaces(data.offer.rows, CREBO, NIVEAU);
    const [best] = ranking;
    const offeredAt = data.offer.rows.find((r) => r.crebo === CREBO)?.vestiging as string;

    const session = await openSession(browser, appUrl);
    sessions.push(session);
    const { page } = session;
    // No niveau in the link: the placement view needs no travel field, and drawing one costs the most.
    await page.goto(`${appUrl}#sel=${offeredAt}`);
    await waitForMapIdle(page);

    await (await programmeAction(page, 'beste-plek', CREBO)).click();
    const firstRow = page.locator('[data-testid="best-place-list"] tbody tr').first();
    await page
      .locator(`[data-testid="best-place-list"] tr[data-vestiging="${best.vestiging}"]`)
      .waitFor({ timeout: 180_000 });
    expect(await firstRow.getAttribute('data-vestiging')).toBe(best.vestiging);
    expect(Number(await firstRow.getAttribute('data-gain'))).toBe(Math.round(best.gain.total));
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENS}/placement-best.png` });
    expect((await axeReport(page, '[data-testid="placement-panel"]')).blocking).toEqual([]);

    // The question is in the link: a reload (or the link shared) lands on the same ranking.
    await page.waitForFunction((crebo) => location.hash.includes(`pv=bp.${crebo}`), CREBO);
    await page.reload();
    await page
      .locator(`[data-testid="best-place-list"] tr[data-vestiging="${best.vestiging}"]`)
      .waitFor({ timeout: 180_000 });
    expect(await firstRow.getAttribute('data-vestiging')).toBe(best.vestiging);

    // One click: the start joins the scenario, and the ranking is recomputed on the edited offer.
    const started = applyEdits(
      data.offer.rows,
      [{ op: 'start', crebo: CREBO, vestiging: best.vestiging }],
      data.catalogue,
    );
    if ('error' in started) throw new Error(formatEditProblem(started.error));
    const next = placement.bestPlaces(started.rows, CREBO, NIVEAU)[0];
    await firstRow.locator(`button[data-start="${best.vestiging}"]`).click();
    await page.locator('[data-testid="scenario-edits"] li').first().waitFor();
    await page
      .locator(`[data-testid="best-place-list"] tr[data-vestiging="${best.vestiging}"]`)
      .waitFor({ state: 'detached', timeout: 180_000 });
    expect(await firstRow.getAttribute('data-vestiging')).toBe(next.vestiging);
    expect(Number(await firstRow.getAttribute('data-gain'))).toBe(Math.round(next.gain.total));

    // As if one provider, on the scenario with that start.
    const expected = oneProvider(await loadHighs(), placement.providerModel(started.rows, CREBO, NIVEAU));
    await (await programmeAction(page, 'een-aanbieder', CREBO)).click();
    const summary = page.locator('[data-testid="one-provider-summary"][data-optimal="true"]');
    await summary.waitFor({ timeout: 180_000 });
    expect(Number(await summary.getAttribute('data-keep'))).toBe(expected.keep.length);
    expect(
      await page
        .locator('[data-testid="one-provider-kept"] li')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-vestiging'))),
    ).toEqual(expected.keep);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENS}/placement-one-provider.png` });

    // The stops open as a new scenario; nothing is applied to the old one.
    const editsBefore = await page.locator('[data-testid="scenario-edits"] li').count();
    await page.getByTestId('open-as-scenario').click();
    await page
      .locator('[data-testid="scenario-edits"] li')
      .nth(editsBefore + expected.drop.length - 1)
      .waitFor();
    expect(await page.locator('[data-testid="scenario-edits"] li').count()).toBe(editsBefore + expected.drop.length);
    await page.screenshot({ path: `${SCREENS}/placement-opened.png` });
  }, 600_000);
});

describe('placement wherever the app opens', () => {
  const offeredAt = () => data.offer.rows.find((r) => r.crebo === CREBO)?.vestiging as string;

  it('solves "as if one provider" offline, with the solver from the service worker\'s cache', async () => {
    const session = await openSession(browser, staticUrl, {}, WITH_SERVICE_WORKER);
    sessions.push(session);
    const { page, context } = session;
    await page.goto(`${staticUrl}#sel=${offeredAt()}`);
    await waitForMapIdle(page);
    await serviceWorkerActive(page);
    await context.setOffline(true);
    await page.reload();
    await waitForMapIdle(page);
    await expect(page.evaluate(() => navigator.serviceWorker.controller !== null)).resolves.toBe(true);
    await expectOneProviderAnswer(page);
    // The wasm came from the cache: the page was offline, so it cannot have come from the server.
    expect(session.requests.some((url) => /\/assets\/highs-[^/]*\.wasm$/.test(url))).toBe(true);
    await page.screenshot({ path: `${SCREENS}/placement-offline.png` });
  }, 600_000);

  it('solves "as if one provider" in the portable file over file://, the solver inlined', async () => {
    const session = await openSession(browser, portableUrl);
    sessions.push(session);
    const { page } = session;
    await page.goto(`${portableUrl}#sel=${offeredAt()}`);
    await waitForMapIdle(page);
    await expectOneProviderAnswer(page);
    // Nothing was read from beside the file: file:// would refuse it, and the file must stand alone.
    expect(session.requests.filter((url) => url.startsWith('file:') && url.split('#')[0] !== portableUrl)).toEqual([]);
    await page.screenshot({ path: `${SCREENS}/placement-portable.png` });
  }, 600_000);
});

describe('placement in the sector view', () => {
  it('shows per crebo the locations one provider would need, as the engine computes them', async () => {
    const domain = 'Informatie en communicatietechnologie';
    const placement = placementFor(data);
    const highs = await loadHighs();
    const session = await openSession(browser, appUrl);
    sessions.push(session);
    const { page } = session;
    await page.goto(`${appUrl}?weergave=sector`);
    await page.getByTestId('sector-choice').selectOption(`domein:${domain}`);
    const crebos = await page
      .locator('[data-testid="sector-table"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-crebo') as string));
    expect(crebos.length).toBeGreaterThan(0);
    // The column arrives in one answer for the whole choice.
    const last = crebos.at(-1) as string;
    await page
      .locator(`[data-testid="one-provider-needed-${last}"]:not([data-needed=""])`)
      .waitFor({ timeout: 300_000 });
    for (const crebo of crebos.slice(0, 3)) {
      const niveau = data.offer.rows.find((r) => r.crebo === crebo)?.niveau;
      if (!niveau) continue;
      const expected = oneProvider(highs, placement.providerModel(data.offer.rows, crebo, niveau));
      expect(Number(await page.getByTestId(`one-provider-needed-${crebo}`).getAttribute('data-needed'))).toBe(
        expected.keep.length,
      );
    }
    await page.screenshot({ path: `${SCREENS}/placement-sector.png` });
  }, 600_000);
});

describe('placement on an imported offer', () => {
  it('ranks the same best places as `npm run beste-plek -- --aanbod` on the same DUO file', async () => {
    // The CLI's answer: the DUO file through import-aanbod, then beste-plek on that offer.
    const work = mkdtempSync(path.join(tmpdir(), 'placement-imported-'));
    const geodata = resolve(process.cwd(), 'dist/geodata');
    const cli = (script: string, args: string[]) => {
      const result = spawnSync(process.execPath, ['--import', 'tsx', resolve('scripts/cli', script), ...args], {
        encoding: 'utf8',
      });
      if (result.status !== 0) throw new Error(`${script} exited ${result.status}: ${result.stderr}`);
      return result.stdout;
    };
    cli('import-aanbod.ts', [DUO_FILE, '--out', work, '--geodata', geodata]);
    const imported = await loadScenarioData({ geodataDir: geodata, aanbodDir: work });
    const offeredAt = imported.offer.rows.find((r) => r.crebo === IMPORTED_CREBO && /^[0-9A-Z]{6}$/.test(r.vestiging));
    if (!offeredAt) throw new Error(`the DUO fixture places no ${IMPORTED_CREBO} at a vestiging`);
    const expected = Papa.parse<{ vestiging: string; winst: string }>(
      cli('beste-plek.ts', ['--crebo', IMPORTED_CREBO, '--aanbod', work, '--geodata', geodata]).trim(),
      { header: true },
    ).data;
    rmSync(work, { recursive: true, force: true });
    expect(expected.length).toBeGreaterThan(0);

    // The app's answer, after importing the same file through the file picker.
    const session = await openSession(browser, appUrl);
    sessions.push(session);
    const { page } = session;
    await page.goto(appUrl);
    await waitForMapIdle(page);
    await openSection(page, 'DUO-bestand importeren');
    await page.getByTestId('aanbod-file-input').setInputFiles(DUO_FILE);
    await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
    await page.goto(`${appUrl}#sel=${offeredAt.vestiging}`);
    await waitForMapIdle(page);
    await (await programmeAction(page, 'beste-plek', IMPORTED_CREBO)).click();
    const rows = page.locator('[data-testid="best-place-list"] tbody tr');
    await page
      .locator(`[data-testid="best-place-list"] tr[data-vestiging="${expected[0].vestiging}"]`)
      .waitFor({ timeout: 180_000 });
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({ vestiging: tr.getAttribute('data-vestiging'), winst: tr.getAttribute('data-gain') })),
    );
    expect(shown).toEqual(expected.slice(0, shown.length).map(({ vestiging, winst }) => ({ vestiging, winst })));
    // An imported offer is not modelled: the placement panel says so by carrying no modelled label.
    await expect(page.locator('[data-testid="placement-panel"] [data-testid="modelled-label"]').count()).resolves.toBe(
      0,
    );
  }, 600_000);
});
