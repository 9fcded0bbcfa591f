import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseQualifications } from '../../src/data/geodata/index.ts';
import { domainOf } from '../../src/engine/offer/index.ts';
import { SECTOR_CSV_COLUMNS } from '../../src/engine/sector/sector-csv.ts';
import { builtLocations, builtModelledOffer } from './app-data.ts';
import { axeReport } from './axe.ts';
import { type AppSession, launchChromium, openSession } from './chromium.ts';

/**
 * The btg sector view in one browser session: choose a domain, the table lists its
 * qualifications with figures from the built data, sorting works by mouse and keyboard (with
 * aria-sort), the small maps are drawn, a region scope changes the figures, the CSV download
 * has the expected header and labels, and axe finds nothing serious.
 */
const appUrl = inject('appUrl');
const DOMAIN = 'Informatie en communicatietechnologie';

/** Per crebo of the domain: distinct locations in the built modelled offer (known vestigingen only). */
function expectedLocations(): Map<string, number> {
  const qualifications = parseQualifications(
    JSON.parse(readFileSync(resolve(process.cwd(), 'dist/geodata/qualifications.json'), 'utf8')),
  );
  const inDomain = new Set(qualifications.filter((q) => domainOf(q) === DOMAIN).map((q) => q.crebo));
  const known = new Set(builtLocations().map((l) => l.brinvest));
  const places = new Map<string, Set<string>>();
  for (const row of builtModelledOffer().rows) {
    if (!inDomain.has(row.crebo) || !known.has(row.vestiging)) continue;
    places.set(row.crebo, (places.get(row.crebo) ?? new Set()).add(row.vestiging));
  }
  return new Map([...places].map(([crebo, set]) => [crebo, set.size]));
}

let browser: Browser;
let session: AppSession;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  session = await openSession(browser, appUrl);
  page = session.page;
  await page.goto(`${appUrl}?weergave=sector`);
  await page.getByTestId('sector-choice').waitFor({ timeout: 60_000 });
}, 90_000);
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
  expect(session.outsideRequests).toEqual([]);
});

const crebosInOrder = (p: Page) =>
  p
    .locator('[data-testid="sector-table"] tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-crebo')!));
const columnValues = (p: Page, column: number) =>
  p
    .locator(`[data-testid="sector-table"] tbody tr td:nth-child(${column})`)
    // a figure not computed yet has data-value "" and must not pass for 0
    .evaluateAll((cells) =>
      cells.map((c) => (c.hasAttribute('data-value') ? c.getAttribute('data-value') || 'NaN' : c.textContent!)),
    );
async function waitForFigures(p: Page): Promise<void> {
  const started = Date.now();
  try {
    await p.waitForFunction(
      () => /alle \d+/.test(document.querySelector('[data-testid="sector-progress"]')?.textContent ?? ''),
      null,
      { timeout: 120_000 },
    );
  } catch (error) {
    const progress = await p.getByTestId('sector-progress').textContent();
    throw new Error(
      `figures not computed after ${Date.now() - started} ms; progress: "${progress}"; errors: ${session.errors.join(' | ')}`,
      { cause: error },
    );
  }
}

describe('sector view', () => {
  it('lists the chosen domain’s qualifications with locations from the offer and computed coverage', async () => {
    const expected = expectedLocations();
    expect(expected.size).toBeGreaterThan(1);
    await page.getByTestId('sector-choice').selectOption(`domein:${DOMAIN}`);
    await waitForFigures(page);
    expect((await crebosInOrder(page)).sort()).toEqual([...expected.keys()].sort());
    const rows = page.locator('[data-testid="sector-table"] tbody tr');
    for (const [crebo, count] of expected) {
      await expect(rows.locator(`xpath=self::*[@data-crebo="${crebo}"]/td[4]`).textContent()).resolves.toBe(
        String(count),
      );
    }
    // coverage: a share in (0, 1] for every qualification (each is offered somewhere)
    const shares = (await columnValues(page, 6)).map(Number);
    expect(shares.every((s) => s > 0 && s <= 1)).toBe(true);
    // the modelled label is part of the table itself
    await expect(
      page.locator('[data-testid="sector-table"] caption [data-testid="modelled-label"]').isVisible(),
    ).resolves.toBe(true);
    expect(session.errors).toEqual([]);
  }, 150_000);

  it('sorts by a column header, by mouse and by keyboard, and says so with aria-sort', async () => {
    const header = (key: string) => page.locator(`th:has(button[data-sort-key="${key}"])`);
    await expect(header('crebo').getAttribute('aria-sort')).resolves.toBe('ascending');
    const byCrebo = await crebosInOrder(page);

    await page.locator('button[data-sort-key="locations"]').click();
    await expect(header('locations').getAttribute('aria-sort')).resolves.toBe('descending');
    expect(await header('crebo').getAttribute('aria-sort')).toBeNull();
    const locations = (await columnValues(page, 4)).map(Number);
    expect(locations).toEqual([...locations].sort((a, b) => b - a));
    expect(await crebosInOrder(page)).not.toEqual(byCrebo);

    await page.locator('button[data-sort-key="coverage"]').focus();
    await page.keyboard.press('Enter');
    await expect(header('coverage').getAttribute('aria-sort')).resolves.toBe('descending');
    await page.keyboard.press('Enter');
    await expect(header('coverage').getAttribute('aria-sort')).resolves.toBe('ascending');
    const shares = (await columnValues(page, 6)).map(Number);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
  });

  it('draws one small map per qualification, with its locations and covered area', async () => {
    const canvases = page.locator('[data-testid="small-multiples"] canvas');
    const count = (await crebosInOrder(page)).length;
    await expect(canvases.count()).resolves.toBe(count);
    const expected = expectedLocations();
    const stats = await canvases.evaluateAll((list) =>
      list.map((canvas) => {
        const c = canvas as HTMLCanvasElement;
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let dots = 0;
        let covered = 0;
        for (let i = 0; i < data.length; i += 4) {
          const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
          if (r < 40 && g < 60 && b > 40 && b < 110)
            dots++; // the navy dot fill
          else if (b > r + 40 && b > 150 && r < 190) covered++; // the blue covered area over land
        }
        return { drawn: Number(c.dataset.drawn), dots, covered, label: c.getAttribute('aria-label') ?? '' };
      }),
    );
    for (const s of stats) {
      expect(s.dots).toBeGreaterThan(0);
      expect(s.covered).toBeGreaterThan(100);
      const crebo = s.label.slice(0, 5);
      expect(s.drawn).toBe(expected.get(crebo));
    }
  });

  it('gives the figures for one region of a region layer', async () => {
    await page.locator('button[data-sort-key="crebo"]').click();
    const national = (await columnValues(page, 4)).map(Number);
    await page.getByTestId('sector-layer').selectOption('provincie');
    await page.getByTestId('sector-region').selectOption({ label: 'Utrecht' });
    await expect(page.locator('[data-testid="sector-table"] caption').textContent()).resolves.toContain(
      'Provincie Utrecht',
    );
    const regional = (await columnValues(page, 4)).map(Number);
    expect(regional.every((n, i) => n <= national[i])).toBe(true);
    expect(regional).not.toEqual(national);
    const shares = (await columnValues(page, 6)).map(Number);
    expect(shares.every((s) => s >= 0 && s <= 1)).toBe(true);
  });

  it('exports the table as CSV with the expected columns, the modelled label and the sources', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sector-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^sectorbeeld-.*\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('# Modelaanbod — illustratief, geen echte DUO-gegevens');
    expect(lines).toContain('# Bron: CBS; KiesMBO / SBB');
    const parsed = Papa.parse<string[]>(text, { comments: '#', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...SECTOR_CSV_COLUMNS]);
    const body = parsed.data.slice(1);
    expect(body.map((r) => r[0]).sort()).toEqual([...expectedLocations().keys()].sort());
    for (const r of body) {
      expect(r.slice(-2)).toEqual(['provincie', 'Utrecht']);
      expect(Number(r[6])).toBeGreaterThanOrEqual(0); // unformatted share, '.' decimal
      expect(r[6]).not.toContain(',');
    }
  });

  it('has no serious accessibility problems in the sector panel', async () => {
    expect((await axeReport(page, '[data-testid="sector-panel"]')).blocking).toEqual([]);
  });
  it('recomputes when a travel limit changes: the figures follow the new limit', async () => {
    await page.getByTestId('sector-region').selectOption('');
    const niveaus = await columnValues(page, 3);
    const before = (await columnValues(page, 6)).map(Number);
    await page.getByRole('radio', { name: 'Niveau 4', exact: true }).check();
    const limit = page.getByLabel('Maximale reistijd');
    expect(Number(await limit.inputValue())).toBeGreaterThan(30);
    await limit.fill('30');
    // The caption names the new limit in the same render that marks the old figures stale.
    await page.locator('[data-testid="sector-table"] caption', { hasText: 'Niveau 4 30 min' }).waitFor();
    await waitForFigures(page);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="sector-table"] td.stale').length === 0);
    const after = (await columnValues(page, 6)).map(Number);
    niveaus.forEach((niveau, i) => {
      if (niveau === '4') expect(after[i]).toBeLessThan(before[i]);
      else expect(after[i]).toBe(before[i]);
    });
  }, 120_000);
});
