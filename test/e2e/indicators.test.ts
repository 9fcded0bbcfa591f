import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AppSession, launchChromium, openSession } from './chromium.ts';
import { locationInList } from './location-list.ts';
import { waitForMapIdle } from './map.ts';
import { openSection } from './session.ts';
import { writeWorkbook } from './workbook.ts';

/**
 * Real files: a DUO file with qualifications newer than the bundled lists shows them with name
 * and domain in the filters, the search and the location panel; the user's own figures
 * (students per crebo and vestiging, Windows-1252 with decimal commas) join to the offer and
 * show in the panel, the sector table and the map; both survive a reload, and bad input is
 * refused line by line without losing what was there.
 */
const appUrl = inject('appUrl');
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const DUO_NEW = path.join(FIXTURES, 'aanbod/mbo_opleidingsaanbod_2026_nieuwe_kwalificaties.csv');
const STUDENTS = path.join(FIXTURES, 'indicators/studenten_per_crebo_vestiging.csv');
const NOT_A_TABLE = path.join(FIXTURES, 'aanbod/not_a_csv.xlsx');
const TIMEOUT = 300_000;
const SCREENS = '/tmp/screens';

let browser: Browser;
let session: AppSession;

beforeAll(async () => {
  browser = await launchChromium();
  session = await openSession(browser, appUrl);
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

async function openLocation(page: Page, brinvest: string) {
  await (await locationInList(page, brinvest)).click();
  const panel = page.getByTestId('location-panel');
  await panel.waitFor();
  return panel;
}

describe('names from the DUO file', () => {
  it(
    'shows qualifications newer than the bundled lists with name and domain everywhere, also after a reload',
    async () => {
      const { page } = session;
      await page.goto(appUrl);
      await waitForMapIdle(page);
      await openSection(page, 'DUO-bestand importeren');
      await page.getByTestId('aanbod-file-input').setInputFiles(DUO_NEW);
      await page.getByTestId('import-done').waitFor({ timeout: 30_000 });

      // The summary lists the new qualification and the name the file changes.
      await expect(page.getByTestId('added-qualifications').textContent()).resolves.toContain(
        '25978 Vakbekwaam medewerker voeding, technologie en techniek',
      );
      await expect(page.getByTestId('qualification-conflicts').textContent()).resolves.toContain('Kok (horeca)');

      for (const pass of ['imported', 'reloaded']) {
        if (pass === 'reloaded') {
          await page.reload();
          await waitForMapIdle(page);
        }
        // Domain filter: the file's domain is offered.
        const domainOptions = await page.locator('.offer-filters select option').allTextContents();
        expect(domainOptions).toContain('Voedsel, natuur en leefomgeving');
        // Qualification search finds the new crebo by name.
        await page.getByLabel('Kwalificatie (crebo of naam)').fill('voeding, technologie');
        await expect(page.locator('.qualification-results').textContent()).resolves.toContain(
          '25978 Vakbekwaam medewerker voeding, technologie en techniek',
        );
        await page.getByLabel('Kwalificatie (crebo of naam)').fill('');

        // Location panel: name, domain, the file's mark, the own name and a safe link.
        const panel = await openLocation(page, '00GT00');
        const item = panel.locator('li[data-crebo="25978"]');
        const text = (await item.textContent()) ?? '';
        expect(text).toContain('Vakbekwaam medewerker voeding, technologie en techniek');
        expect(text).toContain('Voedsel, natuur en leefomgeving');
        expect(text).toContain('uit het DUO-bestand');
        expect(text).toContain('Food & Tech Rotterdam');
        const link = item.getByTestId('programme-website');
        await expect(link.getAttribute('href')).resolves.toBe('https://www.albeda.nl/food-tech');
        await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
        // The javascript: WEBSITE of 25180 never became a link.
        await expect(panel.locator('li[data-crebo="25180"] a').count()).resolves.toBe(0);
        await expect(panel.locator('li[data-crebo="25180"]').textContent()).resolves.toContain('Kok (horeca)');
        if (pass === 'imported') await page.screenshot({ path: `${SCREENS}/duo-names-location.png` });
      }

      // The Instellingsprofiel counts the new qualification's prijsfactor as unknown, and says so:
      // the 2015-16 list does not hold 25978, and no factor is guessed for it.
      await page.getByTestId('institution-profile-open').click();
      const unknownRow = page
        .locator('[data-testid="institution-prijsfactor"] tr[data-prijsfactor="onbekend"] td')
        .first();
      expect(Number(await unknownRow.textContent())).toBeGreaterThanOrEqual(1);
      await expect(page.getByTestId('institution-prijsfactor-unknown').textContent()).resolves.toMatch(
        /^Van \d+ van de \d+ opleidingen is de prijsfactor onbekend: de kwalificatiestructuur 2015-2016 kent hun crebo niet\./,
      );
      await page.getByTestId('institution-profile-close').click();
      expect(session.outsideRequests).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('your own figures joined to the map', () => {
  it(
    'maps, previews and links students per crebo and vestiging; shows them in the panel, the sector table and the map; survives a reload and bad input',
    async () => {
      const { page } = session;
      // Runs on the imported DUO offer of the test above (it is kept in IndexedDB).
      await page.goto(appUrl);
      await waitForMapIdle(page);
      await openSection(page, 'Eigen cijfers koppelen');
      await page.getByTestId('indicator-file-input').setInputFiles(STUDENTS);
      const mapping = page.getByTestId('mapping-step');
      await mapping.waitFor({ timeout: 60_000 });

      // The guessed mapping: crebo and vestiging by name, two figure columns, the remark ignored.
      const roleOf = (column: string) => mapping.locator(`tr[data-column="${column}"] select`).inputValue();
      await expect(roleOf('Crebo')).resolves.toBe('crebo');
      await expect(roleOf('Brinvest')).resolves.toBe('vestiging');
      await expect(roleOf('Aantal studenten')).resolves.toBe('value');
      await expect(roleOf('Opmerking')).resolves.toBe('ignore');
      // The user sets the remark's column aside as it is, and names the second figure's source.
      await mapping.getByTestId('indicator-meta-2').getByLabel('Bron').fill('Eigen inschrijvingen');
      await mapping.getByTestId('indicator-meta-2').getByLabel('Peildatum of periode').fill('2025-10-01');

      // Preview of the join: matched, not matched with reasons (in Dutch), duplicates, the word "veel" by line.
      const preview = mapping.getByTestId('indicator-meta-2').getByTestId('join-preview');
      await expect(preview.getByTestId('preview-matched').textContent()).resolves.toBe('5');
      await expect(preview.getByTestId('preview-unmatched').textContent()).resolves.toBe('2');
      await expect(preview.getByTestId('preview-duplicates').textContent()).resolves.toBe('1');
      const problems = await preview.getByTestId('preview-problems').textContent();
      expect(problems).toContain('vestiging 99ZZ99 is onbekend');
      expect(problems).toContain('crebo 25480 wordt in het actieve aanbod niet aangeboden op vestiging 00GT00');
      expect(problems).toContain('"veel" is geen getal');
      await mapping.screenshot({ path: `${SCREENS}/indicator-mapping.png` });
      await mapping.getByRole('button', { name: 'Koppelen', exact: true }).click();
      await page.getByTestId('indicator-linked').waitFor();

      // Size the map by students and flag small programmes (fewer than 20).
      await page.getByTestId('indicator-size-by').selectOption({ label: 'Aantal studenten' });
      await page.getByTestId('small-programmes').locator('select').selectOption({ label: 'Aantal studenten' });
      await expect(page.getByTestId('small-count').textContent()).resolves.toBe('2 opleiding-locaties zijn klein.');
      await expect(page.getByTestId('size-legend').textContent()).resolves.toContain(
        'Grootte: Aantal studenten (studenten)',
      );

      const checkPanel = async () => {
        const panel = await openLocation(page, '14YD01');
        const figures = panel.locator('li[data-crebo="25913"] [data-testid="programme-figures"]');
        await expect(figures.textContent()).resolves.toContain('Aantal studenten: 12 studenten');
        await expect(figures.textContent()).resolves.toContain('Kans op werk: 0,9');
      };
      await checkPanel();
      await expect(page.locator('li[data-crebo="25913"] [data-testid="small-badge"]').textContent()).resolves.toBe(
        'klein',
      );
      await waitForMapIdle(page);
      await page.screenshot({ path: `${SCREENS}/indicator-map-panel.png` });

      // Only small programmes: the list keeps the two locations with one.
      await page.getByLabel('Toon alleen locaties met een kleine opleiding').check();
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="location-count"]')?.textContent?.startsWith('2 '),
      );
      await page.getByLabel('Toon alleen locaties met een kleine opleiding').uncheck();

      // A file that is not a table is refused; the linked figures stay.
      await page.getByTestId('indicator-file-input').setInputFiles(NOT_A_TABLE);
      await page.getByTestId('indicator-error').waitFor({ timeout: 60_000 });
      await expect(page.getByTestId('indicator-list').locator('li').count()).resolves.toBe(2);

      // After a reload the figures are back, still joined to the imported offer.
      await page.reload();
      await waitForMapIdle(page);
      await openSection(page, 'Eigen cijfers koppelen');
      await expect(page.getByTestId('indicator-list').textContent()).resolves.toContain('Eigen inschrijvingen');
      await checkPanel();

      // The sector table has a sortable column per figure.
      await page.goto(`${appUrl}?weergave=sector`);
      await page.getByTestId('sector-choice').selectOption('domein:Voedsel, natuur en leefomgeving');
      const table = page.getByTestId('sector-table');
      await table.waitFor();
      const header = table.locator('button[data-sort-key^="indicator:"]', { hasText: 'Aantal studenten' });
      await header.click();
      const studentsOf = (crebo: string) =>
        table.locator(`tr[data-crebo="${crebo}"] td[data-indicator]`).first().getAttribute('data-value');
      await expect(studentsOf('25978')).resolves.toBe('56');
      await expect(studentsOf('25913')).resolves.toBe('12');
      const order = await table
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-crebo')));
      expect(order.slice(0, 2)).toEqual(['25978', '25913']);
      await page.screenshot({ path: `${SCREENS}/indicator-sector.png` });
      expect(session.outsideRequests).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('figures from a workbook', () => {
  it(
    'reads an XLSX in the import worker under the CSP (no eval), joins it and keeps the figures already linked',
    async () => {
      const { page } = session;
      const file = writeWorkbook('instroom_per_crebo_vestiging.xlsx', 'Instroom', [
        ['Crebo', 'Brinvest', 'Instroom'],
        ['25913', '14YD01', 5],
        ['25978', '00GT00', 20],
        ['25180', '00GT00', 31.5],
        ['25180', '99ZZ99', 4],
      ]);

      // Runs on the imported offer and the two figures of the tests above (kept in IndexedDB).
      await page.goto(appUrl);
      await waitForMapIdle(page);
      await openSection(page, 'Eigen cijfers koppelen');
      await expect(page.getByTestId('indicator-list').locator('li').count()).resolves.toBe(2);
      await page.getByTestId('indicator-file-input').setInputFiles(file);
      const mapping = page.getByTestId('mapping-step');
      await mapping.waitFor({ timeout: 60_000 });
      const roleOf = (column: string) => mapping.locator(`tr[data-column="${column}"] select`).inputValue();
      await expect(roleOf('Crebo')).resolves.toBe('crebo');
      await expect(roleOf('Brinvest')).resolves.toBe('vestiging');
      await expect(roleOf('Instroom')).resolves.toBe('value');
      const preview = mapping.getByTestId('indicator-meta-2').getByTestId('join-preview');
      await expect(preview.getByTestId('preview-matched').textContent()).resolves.toBe('3');
      await expect(preview.getByTestId('preview-unmatched').textContent()).resolves.toBe('1');
      await expect(preview.getByTestId('preview-problems').textContent()).resolves.toContain(
        'vestiging 99ZZ99 is onbekend',
      );
      await mapping.getByRole('button', { name: 'Koppelen', exact: true }).click();
      await page.getByTestId('indicator-linked').waitFor();
      await expect(page.getByTestId('indicator-list').locator('li').count()).resolves.toBe(3);

      const panel = await openLocation(page, '00GT00');
      await expect(
        panel.locator('li[data-crebo="25180"] [data-testid="programme-figures"]').textContent(),
      ).resolves.toContain('Instroom: 31,5');
      expect(session.errors).toEqual([]);
      expect(session.outsideRequests).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('your own figures in Signalering', () => {
  it(
    'adds a sortable column per figure, flags the small programme that is the only one within reach, and exports both',
    async () => {
      const { page } = session;
      // Runs on the imported offer and the three figures of the tests above (kept in IndexedDB).
      await page.goto(`${appUrl}#n=2`);
      await waitForMapIdle(page);
      await openSection(page, 'Eigen cijfers koppelen');
      await page.getByTestId('small-programmes').locator('select').selectOption({ label: 'Aantal studenten' });
      await page.getByTestId('tab-signalering').click();
      await page.locator('[data-testid="early-warning"][data-status="ready"]').waitFor({ timeout: 120_000 });

      const table = page.getByTestId('early-warning-table');
      const row = table.locator('tr[data-crebo="25913"][data-vestiging="14YD01"]');
      // One column per linked figure: students, kans op werk, instroom.
      await expect(row.locator('td[data-indicator]').count()).resolves.toBe(3);
      const header = table.locator('button[data-sort-key^="indicator:"]', { hasText: 'Aantal studenten' });
      const key = await header.getAttribute('data-sort-key');
      await expect(
        row.locator(`td[data-indicator="${key!.slice('indicator:'.length)}"]`).getAttribute('data-value'),
      ).resolves.toBe('12');
      await expect(row.getByTestId('ew-small').textContent()).resolves.toBe('klein');

      // Sorted by the figure, largest first; rows without it last.
      await header.click();
      const values = await table
        .locator(`tbody td[data-indicator="${key!.slice('indicator:'.length)}"]`)
        .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')));
      const known = values.filter((v) => v !== null && v !== '').map(Number);
      expect(known.length).toBeGreaterThan(0);
      expect(known).toEqual([...known].sort((a, b) => b - a));
      expect(values.slice(0, known.length).every((v) => v !== null && v !== '')).toBe(true);

      // The export names the figure and its source, and marks the small programme.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('early-warning-export').click(),
      ]);
      const csv = readFileSync((await download.path())!, 'utf8');
      expect(csv).toMatch(/# Eigen cijfer "Aantal studenten": bron [^\r\n]*studenten_per_crebo_vestiging\.csv/);
      const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
        header: true,
        comments: '#',
        skipEmptyLines: true,
      }).data;
      const exported = parsed.find((r) => r.crebo === '25913' && r.vestiging === '14YD01');
      expect(exported).toMatchObject({ 'eigen: Aantal studenten (studenten)': '12', klein: '1' });
      await page.screenshot({ path: `${SCREENS}/indicator-signalering.png` });
      expect(session.errors).toEqual([]);
      expect(session.outsideRequests).toEqual([]);
    },
    TIMEOUT,
  );
});
