import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { publicMessages } from '../../src/i18n/public.ts';
import { scenarioMessages } from '../../src/i18n/scenario.ts';
import { DEFAULT_SCENARIO_VIEW } from '../../src/state/scenario.ts';
import { encodeScenarioParam } from '../../src/state/url/scenario-param.ts';
import { builtLocations, builtModelledOffer } from './app-data.ts';
import { axeReport } from './axe.ts';
import { type AppSession, launchChromium, openSession } from './chromium.ts';

/**
 * The public read-only view (?weergave=publiek) with a shared scenario: no editing control is in
 * the DOM, the introduction, the modelled label and the sources are there, and the shared
 * scenario's edits are listed read-only. The same link in the editing mode shows the controls,
 * so the absent-control checks look for selectors that do exist elsewhere.
 */
const SCREENS = '/tmp/screens';
const appUrl = inject('appUrl');
const t = scenarioMessages.nl;

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

/** A niveau-4 programme at a location on the grid, from the offer the build serves. */
function stopEdit(): { crebo: string; vestiging: string } {
  const placed = new Set(
    builtLocations()
      .filter((l) => l.cell >= 0)
      .map((l) => l.brinvest),
  );
  const row = builtModelledOffer().rows.find((r) => r.niveau === 4 && placed.has(r.vestiging));
  if (!row) throw new Error('the built offer has no niveau 4 programme at a placed location');
  return { crebo: row.crebo, vestiging: row.vestiging };
}

/** Every editing control: scenario edits and management, the offer import, the mode switch. */
const EDIT_CONTROLS = [
  '[data-testid="programme-stop"]',
  '[data-testid="programme-uitruil"]',
  '[data-testid="programme-start-here"]',
  '[data-testid="programme-start"]',
  '[data-testid="scenario-undo"]',
  '[data-testid="scenario-redo"]',
  '[data-testid="scenario-panel"]',
  '#scenario-active',
  '[data-testid="aanbod-file-input"]',
  '[data-testid="aanbod-drop-zone"]',
  '[data-testid="weergave-switch"]',
];
const EDIT_BUTTON_NAMES = [t.rename, t.duplicate, t.newScenario, t.deleteScenario, t.removeEdit, t.undo, t.redo];

async function editControlCounts(page: Page): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const selector of EDIT_CONTROLS) counts[selector] = await page.locator(selector).count();
  for (const name of EDIT_BUTTON_NAMES)
    counts[`button "${name}"`] = await page.getByRole('button', { name, exact: true }).count();
  return counts;
}

describe('public view', () => {
  it('has no editing controls, shows the introduction, label, sources and the shared scenario read-only', async () => {
    const { page } = session;
    const edit = stopEdit();
    const s = encodeScenarioParam({
      name: 'Gedeeld voorbeeld',
      edits: [{ op: 'stop', ...edit }],
      view: DEFAULT_SCENARIO_VIEW,
      modelledOffer: true,
    });
    // The stopped location is selected too: in the editing mode that shows the edit picker. No
    // niveau is chosen, so no travel field is computed: these checks are about the DOM, and the
    // figures are covered by export.test.ts.
    const hash = `#sel=${edit.vestiging}&s=${s}`;
    await page.goto(`${appUrl}?weergave=publiek${hash}`);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
    await page.locator('[data-testid="scenario-edits"] li').waitFor({ timeout: 60_000 });

    const counts = await editControlCounts(page);
    expect(
      Object.values(counts).every((n) => n === 0),
      JSON.stringify(counts),
    ).toBe(true);

    // The journalists' introduction, the modelled label and the sources.
    const intro = page.getByTestId('public-intro');
    await expect.poll(() => intro.isVisible()).toBe(true);
    expect(await intro.textContent()).toContain(publicMessages.nl.introModelledTitle);
    expect(await page.locator('[data-testid="modelled-label"]:visible').count()).toBeGreaterThan(0);
    const sources = page.getByRole('button', { name: 'Bronnen', exact: true });
    expect(await sources.isVisible()).toBe(true);

    // The shared scenario: its name and its edit in plain Dutch, with no button beside it.
    expect(await page.getByTestId('public-scenario-name').textContent()).toBe('Gedeeld voorbeeld');
    const items = page.locator('[data-testid="scenario-edits"] li');
    expect(await items.count()).toBe(1);
    expect(await items.first().textContent()).toMatch(new RegExp(`^Stop ${edit.crebo} `));
    expect(await page.locator('[data-testid="scenario-edits"] button').count()).toBe(0);
    expect(await page.locator('#scenario-metrics-title').isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENS}/public.png` });

    expect((await axeReport(page)).blocking).toEqual([]);

    await sources.click();
    await page.getByTestId('sources').waitFor();

    // The same link in the editing mode: every one of those controls is there.
    await page.goto(`${appUrl}${hash}`);
    await page.getByTestId('programme-start-here').waitFor({ timeout: 60_000 });
    const editing = await editControlCounts(page);
    const missing = Object.entries(editing)
      .filter(([, n]) => n === 0)
      .map(([selector]) => selector);
    expect(missing).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  }, 300_000);
});
