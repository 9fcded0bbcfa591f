import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { kwetsbaarTable } from '../../scripts/cli/kwetsbaar.ts';
import { loadScenarioData } from '../../scripts/cli/scenario-data.ts';
import type { Location } from '../../src/data/geodata/index.ts';
import { parseScenarioFile } from '../../src/data/scenario-file/index.ts';
import { institutionOverlaps } from '../../src/engine/analysis/institution-overlap.ts';
import { builtLocations, builtModelledOffer, builtQualifications } from './app-data.ts';
import type { AppSession } from './chromium.ts';
import { waitForMapIdle } from './map.ts';
import { fileBrowser } from './session.ts';

/**
 * Impact on others in the browser: a start next to another school's location shows that school
 * losing young people to the starter (and the figures equal the scenario CLI's
 * "verzorgingsgebied" on the exported file); the exported scenario file imports back as an added
 * scenario, and an edit that does not fit the offer is named.
 */
const SCREENS = '/tmp/screens';
const ROOT = path.resolve(import.meta.dirname, '../..');
const appUrl = inject('appUrl');
const NIVEAU = 4;

const chromium = fileBrowser();
beforeAll(() => {
  mkdirSync(SCREENS, { recursive: true });
});

const km = (a: Location, b: Location) => Math.hypot((a.lon - b.lon) * 68, (a.lat - b.lat) * 111);

/**
 * A niveau-4 programme and a location of another institution, 2–8 km from the nearest location
 * offering it (of a third institution or the rival itself), that does not offer it: starting
 * it there must take young people from the rival whose location was nearest.
 */
function startNextToAnother(): { crebo: string; at: Location; rival: Location } {
  const locations = builtLocations().filter((l) => l.cell >= 0);
  const byId = new Map(locations.map((l) => [l.brinvest, l]));
  const offering = new Map<string, Location[]>();
  for (const row of builtModelledOffer().rows) {
    const l = byId.get(row.vestiging);
    if (row.niveau !== NIVEAU || !l) continue;
    offering.set(row.crebo, [...(offering.get(row.crebo) ?? []), l]);
  }
  for (const [crebo, offered] of [...offering].sort(([a], [b]) => a.localeCompare(b))) {
    const ids = new Set(offered.map((l) => l.brinvest));
    for (const at of locations) {
      if (ids.has(at.brinvest)) continue;
      const rival = offered.reduce((best, l) => (km(at, l) < km(at, best) ? l : best));
      if (rival.brin !== at.brin && km(at, rival) > 2 && km(at, rival) < 8 && at.cell !== rival.cell)
        return { crebo, at, rival };
    }
  }
  throw new Error('no start next to another school found in the built offer');
}

const open = (hash: string): Promise<AppSession> => chromium.openApp(appUrl, hash);

async function effectReady(page: Page): Promise<void> {
  await page
    .locator('[data-testid="effect-on-others"][aria-busy="false"] [data-testid="effect-institutions"]')
    .waitFor({ timeout: 180_000 });
}

async function cell(page: Page, brin: string, side: string): Promise<string> {
  return (await page
    .locator(`[data-testid="effect-institutions"] tr[data-brin="${brin}"] td[data-side="${side}"]`)
    .textContent())!.trim();
}

/** "12.345" (Dutch thousands separator) → 12345. */
const whole = (text: string) => Number(text.replace(/[.\s]/g, '').replace('−', '-').replace('+', ''));

describe('impact on others', () => {
  it('a start next to another school takes its young people; the exported file gives the CLI the same figures and imports back', async () => {
    const { crebo, at, rival } = startNextToAnother();
    const { page } = await open(
      `#lon=${at.lon.toFixed(4)}&lat=${at.lat.toFixed(4)}&z=10.00&n=${NIVEAU}&sel=${at.brinvest}`,
    );
    // "Start a programme here", at the top of the location panel's programme list.
    await page.getByTestId('programme-start-here').locator('summary').click();
    await page.locator(`#start-${at.brinvest}-search`).fill(crebo);
    await page.locator(`#start-${at.brinvest}-choice`).selectOption(crebo);
    await page.getByTestId('programme-start').click();
    await effectReady(page);

    // The rival loses, the starter gains, and the flow table says from whom to whom.
    expect(await cell(page, rival.brin, 'lost')).toMatch(/^−\d/);
    expect(await cell(page, at.brin, 'gained')).toMatch(/^\+\d/);
    await page.locator(`[data-testid="effect-flows"] tr[data-from="${rival.brin}"][data-to="${at.brin}"]`).waitFor();
    await page.getByTestId('effect-on-others').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENS}/impact-effect.png` });

    // The map coloured by serving institution, changed cells outlined; the table shows the key.
    await page.getByTestId('effect-map-toggle').check();
    await page.locator(`[data-testid="effect-institutions"] tr[data-brin="${rival.brin}"] .effect-swatch`).waitFor();
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENS}/impact-catchment-map.png` });
    await page.getByTestId('effect-map-toggle').uncheck();

    // Export the scenario: the file carries the edit, the modelled label and the app version.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('scenario-export-active').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.regiekaart\.json$/);
    const file = path.join(SCREENS, download.suggestedFilename());
    await download.saveAs(file);
    const parsed = parseScenarioFile(readFileSync(file, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.scenarios[0].edits).toEqual([{ op: 'start', crebo, vestiging: at.brinvest }]);
    expect(parsed.file.aanbod.label).toMatch(/Modelaanbod/);

    // The CLI reads the same file and prints the same whole numbers per institution.
    const cli = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'scripts/cli/scenario.ts'), file, '--crebo', crebo],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(cli.status).toBe(0);
    const figures = JSON.parse(cli.stdout)[String(NIVEAU)].verzorgingsgebied;
    for (const brin of [rival.brin, at.brin]) {
      expect({ voor: whole(await cell(page, brin, 'before')), na: whole(await cell(page, brin, 'after')) }).toEqual(
        figures[brin],
      );
    }

    // Import it back: an added scenario with a new name; the one we had stays.
    await page.getByTestId('scenario-file-input').setInputFiles(file);
    await page.getByTestId('scenario-import-done').waitFor();
    expect(await page.getByTestId('scenario-import-done').textContent()).toMatch(/1 scenario toegevoegd: „.+ \(2\)”/);
    expect(await page.locator('#scenario-active option').count()).toBe(2);

    // A file with an edit the offer cannot take: the edit is named and left out.
    const misfit = JSON.parse(readFileSync(file, 'utf8'));
    misfit.scenarios[0].name = 'Kapot';
    misfit.scenarios[0].edits.push({ op: 'stop', crebo, vestiging: '00ZZ00' });
    const misfitFile = path.join(SCREENS, 'kapot.regiekaart.json');
    writeFileSync(misfitFile, JSON.stringify(misfit));
    await page.getByTestId('scenario-file-input').setInputFiles(misfitFile);
    await page.getByTestId('scenario-import-misfits').waitFor();
    expect(await page.getByTestId('scenario-import-misfits').textContent()).toMatch(
      /„Kapot”, wijziging 2 \(Stop .*\): crebo \d{5} wordt niet aangeboden op 00ZZ00/,
    );
    expect(await page.locator('#scenario-active option').count()).toBe(3);

    // A file that breaks the schema: where and why are shown, and nothing the user had changes.
    const optionsBefore = await page.locator('#scenario-active option').allTextContents();
    const activeBefore = await page.locator('#scenario-active').inputValue();
    const broken = JSON.parse(readFileSync(file, 'utf8'));
    broken.scenarios[0].edits[0].vestiging = 'nergens';
    const brokenFile = path.join(SCREENS, 'ongeldig.regiekaart.json');
    writeFileSync(brokenFile, JSON.stringify(broken));
    await page.getByTestId('scenario-file-input').setInputFiles(brokenFile);
    await page.getByTestId('scenario-import-error').waitFor();
    const error = await page.getByTestId('scenario-import-error').textContent();
    expect(error).toContain('ongeldig.regiekaart.json kon niet worden gelezen. Er is niets veranderd.');
    expect(error).toMatch(/scenarios\.0\.edits\.0\.vestiging: a vestiging is a brinvest/);
    expect(await page.locator('#scenario-active option').allTextContents()).toEqual(optionsBefore);
    expect(await page.locator('#scenario-active').inputValue()).toBe(activeBefore);
    await page.getByTestId('scenario-files').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENS}/impact-import.png` });
  }, 600_000);

  it('the institution view opens from the location panel with its catchment per niveau, as the CLI counts it', async () => {
    const { at } = startNextToAnother();
    const { page } = await open(`#n=${NIVEAU}&sel=${at.brinvest}`);
    await page.getByTestId('institution-profile-open').click();
    await page
      .locator('[data-testid="institution-niveaus"][aria-busy="false"] td[data-side="catchment"]')
      .first()
      .waitFor({ timeout: 180_000 });
    expect(await page.getByTestId('institution-profile').textContent()).toContain(`(${at.brin})`);
    expect(await page.getByTestId('institution-locations').locator('tbody tr').count()).toBe(
      builtLocations().filter((l) => l.brin === at.brin).length,
    );
    await page.screenshot({ path: `${SCREENS}/impact-institution.png` });

    const none = path.join(SCREENS, 'geen-wijzigingen.json');
    writeFileSync(none, '[]');
    const cli = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/cli/scenario.ts'), none], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(cli.status).toBe(0);
    const json = JSON.parse(cli.stdout);
    for (const niveau of [1, 2, 3, 4]) {
      const text = (await page
        .locator(`[data-testid="institution-niveaus"] tr[data-niveau="${niveau}"] td[data-side="catchment"]`)
        .textContent())!;
      expect(whole(text)).toBe(json[String(niveau)].verzorgingsgebied[at.brin]?.voor ?? 0);
    }
    await page.getByTestId('institution-profile-close').click();
    await page.getByTestId('institution-profile').waitFor({ state: 'detached' });
  }, 600_000);

  it('opens from the institution filter with its prijsfactoren, its sole reach as the early warning counts it, and prints alone', async () => {
    const { at } = startNextToAnother();
    const { page } = await open(`#n=${NIVEAU}&inst=${at.brin}`);
    await page.locator('.filters').getByTestId('institution-profile-open').click();
    await page.getByTestId('institution-profile').waitFor();

    // Prijsfactoren: the distinct crebos of the institution in the served offer, by the bundled factor.
    const own = new Set(
      builtLocations()
        .filter((l) => l.brin === at.brin)
        .map((l) => l.brinvest),
    );
    const crebos = new Set(
      builtModelledOffer()
        .rows.filter((r) => own.has(r.vestiging))
        .map((r) => r.crebo),
    );
    const factorOf = new Map(builtQualifications().map((q) => [q.crebo, q.prijsfactor]));
    const expected = new Map<string, number>();
    for (const crebo of crebos) {
      const key = factorOf.get(crebo)?.toFixed(2) ?? 'onbekend';
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    if (!expected.has('onbekend')) expected.set('onbekend', 0);
    const shown = await page
      .locator('[data-testid="institution-prijsfactor"] tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute('data-prijsfactor'), r.querySelector('td')?.textContent?.trim() ?? '']),
      );
    expect(new Map(shown.map(([k, v]) => [k, whole(v as string)]))).toEqual(expected);
    const unknown = expected.get('onbekend') ?? 0;
    expect(await page.getByTestId('institution-prijsfactor-unknown').textContent()).toContain(
      unknown === 0 ? `Van alle ${crebos.size} opleidingen` : `Van ${unknown} van de ${crebos.size} opleidingen`,
    );

    // Sole reach: once every crebo is searched, the niveau-4 rows are the early warning's (the CLI's
    // kwetsbaar table) for this institution's locations, in whole people.
    const summary = page.getByTestId('institution-sole-summary');
    await page.waitForFunction(
      () => {
        const p = document.querySelector('[data-testid="institution-sole-summary"]');
        return p !== null && p.getAttribute('data-done') === p.getAttribute('data-total');
      },
      null,
      { timeout: 360_000 },
    );
    const data = await loadScenarioData({ geodataDir: path.resolve(process.cwd(), 'dist/geodata') });
    const cli = kwetsbaarTable(data, NIVEAU).filter((l) => own.has(l.vestiging) && l.sole > 0);
    const rows = await page
      .locator(`[data-testid="institution-sole"] tbody tr[data-niveau="${NIVEAU}"]`)
      .evaluateAll((list) =>
        list.map((r) => ({
          key: `${r.getAttribute('data-crebo')}|${r.getAttribute('data-vestiging')}`,
          sole: r.querySelector('td[data-side="sole"]')?.textContent?.trim() ?? '',
        })),
      );
    expect(rows.length).toBeGreaterThan(0);
    expect(new Map(rows.map((r) => [r.key, whole(r.sole)]))).toEqual(
      new Map(cli.map((l) => [`${l.crebo}|${l.vestiging}`, Math.round(l.sole)])),
    );
    expect(await summary.textContent()).toMatch(/^\d+ van de \d+ opleidingslocaties/);
    await page.getByTestId('institution-prijsfactor').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENS}/impact-institution-prijsfactor.png` });

    // Printing shows the profile alone: the app underneath is hidden, the buttons too.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#root').isVisible()).toBe(false);
    expect(await page.getByTestId('institution-profile-close').isVisible()).toBe(false);
    expect(await page.getByTestId('institution-sole').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  }, 600_000);

  it('a denominatie per BRIN from the own-figures import counts duplication only within one identity, in the profile and the scenario panel', async () => {
    const { crebo, at } = startNextToAnother();
    const byId = new Map(builtLocations().map((l) => [l.brinvest, l]));
    const overlaps = institutionOverlaps(builtModelledOffer().rows, at.brin, (id) => byId.get(id));
    expect(overlaps.length).toBeGreaterThan(2);
    // The institution and every other overlapping one "Openbaar", the rest "Rooms-katholiek"; the last has none.
    const named = overlaps.slice(0, -1).map((o, i) => [o.brin, i % 2 === 0 ? 'Openbaar' : 'Rooms-katholiek']);
    const csv = ['BRIN;Denominatie', `${at.brin};Openbaar`, ...named.map(([b, d]) => `${b};${d}`)].join('\n');
    const file = path.join(SCREENS, 'denominatie.csv');
    writeFileSync(file, `${csv}\n`);
    const same = named.filter(([, d]) => d === 'Openbaar').map(([b]) => b);

    const { page } = await open(`#n=${NIVEAU}&sel=${at.brinvest}`);
    const details = page.locator('details', { has: page.getByText('Eigen cijfers koppelen', { exact: true }) });
    await details.locator('summary').click();
    await page.getByTestId('indicator-file-input').setInputFiles(file);
    const mapping = page.getByTestId('mapping-step');
    await mapping.waitFor({ timeout: 60_000 });
    expect(await mapping.locator('tr[data-column="BRIN"] select').inputValue()).toBe('brin');
    await mapping.locator('tr[data-column="Denominatie"] select').selectOption('category');
    expect(await mapping.getByTestId('category-preview').textContent()).toMatch(
      new RegExp(`^${named.length + 1} instellingen met een categorie`),
    );
    await mapping.getByRole('button', { name: 'Koppelen', exact: true }).click();
    expect(await page.getByTestId('indicator-linked').textContent()).toBe('1 categorie per instelling gekoppeld.');
    await page.getByTestId('category-list').locator('li[data-category="Denominatie"]').waitFor();

    // The profile's overlap: every institution, then with the toggle only those of its own denominatie.
    await page.getByTestId('institution-profile-open').click();
    const rows = () =>
      page
        .locator('[data-testid="institution-overlaps"] tbody tr')
        .evaluateAll((r) => r.map((x) => x.getAttribute('data-brin')));
    expect(await rows()).toEqual(overlaps.map((o) => o.brin));
    const profile = page.getByTestId('institution-profile');
    await profile.getByTestId('identity-toggle').check();
    expect(await rows()).toEqual(same);
    expect(await profile.getByTestId('identity-missing').textContent()).toMatch(
      /^1 instelling in deze lijst heeft geen denominatie/,
    );
    await page.screenshot({ path: `${SCREENS}/impact-identity-profile.png` });
    await profile.getByTestId('identity-toggle').uncheck();
    expect(await rows()).toEqual(overlaps.map((o) => o.brin));
    await page.getByTestId('institution-profile-close').click();

    // The scenario panel's duplication list: the same toggle narrows it (most institutions have no category).
    await page.getByTestId('programme-start-here').locator('summary').click();
    await page.locator(`#start-${at.brinvest}-search`).fill(crebo);
    await page.locator(`#start-${at.brinvest}-choice`).selectOption(crebo);
    await page.getByTestId('programme-start').click();
    const count = page.getByTestId('duplication-all-count');
    await count.waitFor({ timeout: 180_000 });
    await page.locator('.duplication[aria-busy="false"]').waitFor({ timeout: 180_000 });
    const all = Number(await count.getAttribute('data-count'));
    await page.locator('.duplication').getByTestId('identity-toggle').check();
    const narrowed = Number(await count.getAttribute('data-count'));
    expect(all).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    await page.locator('.duplication').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENS}/impact-identity-duplication.png` });
  }, 600_000);
});
