import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { latLngToCell } from 'h3-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeGrid,
  GRID_NO_GEMEENTE,
  parseGemeenten,
  parseInstitutions,
  parseLocations,
  parseManifest,
  parsePlaces,
  parseQualifications,
  parseTopology,
  REGION_LAYERS,
} from '../../src/data/geodata/index.ts';
import { loadVestigingen } from './lib/mbo-source.ts';
import { runBuild } from './lib/run-build.ts';
import { SourceError } from './lib/source-error.ts';
import { SOURCES } from './sources.ts';
import { createContext } from './step.ts';
import { STEPS } from './steps.ts';

// The real sources (../shared/data): the build is only meaningful on them. They are a
// prerequisite of `npm run data` as well; without them this test fails and says why.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sourcesDir = path.resolve(process.env.REGIEKAART_SOURCES ?? path.join(repoRoot, '../shared/data'));
const quiet = () => {};

let first: string;
let second: string;

beforeAll(async () => {
  if (!existsSync(sourcesDir)) throw new Error(`source data not found at ${sourcesDir}; set REGIEKAART_SOURCES`);
  first = await mkdtemp(path.join(os.tmpdir(), 'regiekaart-build-a-'));
  second = await mkdtemp(path.join(os.tmpdir(), 'regiekaart-build-b-'));
  await runBuild({ sourcesDir, outDir: first, steps: STEPS, log: quiet });
  await runBuild({ sourcesDir, outDir: second, steps: STEPS, log: quiet });
}, 180_000);

afterAll(async () => {
  await Promise.all([first, second].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
});

const read = (file: string) => readFile(path.join(first, file), 'utf8');

describe('npm run data on the real sources', () => {
  it('is deterministic: two runs write identical bytes', async () => {
    const files = (await readdir(first)).sort();
    expect(files).toEqual((await readdir(second)).sort());
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(path.join(first, file)), readFile(path.join(second, file))]);
      expect(a.equals(b), `${file} differs between runs`).toBe(true);
    }
  });

  it('lists every output in the manifest, with known sources, and the whole registry', async () => {
    const manifest = parseManifest(await read('manifest.json'));
    const files = (await readdir(first)).filter((f) => f !== 'manifest.json').sort();
    expect(manifest.outputs.map((o) => o.path)).toEqual(files);
    const ids = new Set(manifest.sources.map((s) => s.id));
    for (const output of manifest.outputs) for (const id of output.sources) expect(ids.has(id)).toBe(true);
    expect(manifest.sources.map((s) => s.id)).toEqual(SOURCES.map((s) => s.id));
  });

  it('joins locations to gemeente, regions and krimp by point in polygon', async () => {
    const locations = parseLocations(await read('locations.json'));
    expect(locations).toHaveLength(679);
    const albeda = locations.find((l) => l.brinvest === '00GT00')!;
    expect(albeda).toMatchObject({
      gemeente: 'GM0599',
      gemeenteNaam: 'Rotterdam',
      amr: 'AM22',
      provincie: 'Zuid-Holland',
      krimp: null,
      onLand: true,
    });
    // Graafschap College in Doetinchem lies in the Achterhoek krimpregio.
    const doetinchem = locations.find((l) => l.brinvest === '24ZZ05')!;
    expect(doetinchem.gemeenteNaam).toBe('Doetinchem');
    expect(doetinchem.krimp).toMatchObject({ type: 'krimpregio', regio: 'Achterhoek' });
    // Every location is either joined or reported, never dropped.
    const report = JSON.parse(await read('build-report.json'));
    const outside = new Set(report.locations.outsideEveryGemeente.map((l: { brinvest: string }) => l.brinvest));
    for (const l of locations) expect(l.gemeente !== null || outside.has(l.brinvest)).toBe(true);
  });

  it('gives each location the grid cell it lies in', async () => {
    const grid = decodeGrid(await readFile(path.join(first, 'grid.bin')));
    const locations = parseLocations(await read('locations.json'));
    const albeda = locations.find((l) => l.brinvest === '00GT00')!;
    const cell = latLngToCell(albeda.lat, albeda.lon, 8);
    expect(grid.h3Hi[albeda.cell].toString(16) + grid.h3Lo[albeda.cell].toString(16).padStart(8, '0')).toBe(cell);
  });

  it('spreads the PC4 population over the grid within 1 % and ties cells to gemeenten', async () => {
    const grid = decodeGrid(await readFile(path.join(first, 'grid.bin')));
    const gemeenten = parseGemeenten(await read('gemeenten.json'));
    const report = JSON.parse(await read('build-report.json')).grid;
    const total = grid.pop.reduce((a, b) => a + b, 0);
    expect(Math.abs(total - report.pc4Total15_24) / report.pc4Total15_24).toBeLessThan(0.01);
    expect(report.pc4Total15_24).toBeGreaterThan(2_000_000);
    // Every population year is checked the same way; 2021 is the counted year above.
    expect(report.populationYears.map((y: { jaar: number }) => y.jaar)).toEqual([2021, 2026, 2031]);
    for (const year of report.populationYears) {
      const sum = grid.popByYear[year.jaar as 2021 | 2026 | 2031].reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - year.pc4Total15_24) / year.pc4Total15_24).toBeLessThan(0.01);
    }
    expect(report.populationYears[0].pc4Total15_24).toBe(report.pc4Total15_24);
    // The cell of Amsterdam's Dam square belongs to Amsterdam.
    const dam = latLngToCell(52.3731, 4.8926, 8);
    const i = [...Array(grid.count).keys()].find(
      (k) => grid.h3Hi[k].toString(16) + grid.h3Lo[k].toString(16).padStart(8, '0') === dam,
    )!;
    expect(gemeenten[grid.gemeente[i]].naam).toBe('Amsterdam');
    // Per-gemeente sums of the grid agree with gemeenten.json.
    const amsterdam = gemeenten.findIndex((g) => g.code === 'GM0363');
    let sum = 0;
    for (let k = 0; k < grid.count; k++) if (grid.gemeente[k] === amsterdam) sum += grid.pop[k];
    expect(gemeenten[amsterdam].gridPop15_24).toBeCloseTo(sum, 0);
    expect(Array.from(grid.gemeente).filter((g) => g === GRID_NO_GEMEENTE)).toHaveLength(report.cellsWithoutGemeente);
  });

  it('writes both qualification lists, with unknown niveaus marked as unknown', async () => {
    const qualifications = parseQualifications(await read('qualifications.json'));
    const fromStructure = qualifications.filter((q) => q.bron === 'kwalificatiestructuur-2015');
    expect(fromStructure).toHaveLength(470);
    expect(fromStructure.every((q) => q.niveau !== null && q.leerwegen.length > 0)).toBe(true);
    const onlySbb = qualifications.filter((q) => q.bron === 'sbb-koppeltabel-2023');
    expect(onlySbb.length).toBeGreaterThan(0);
    expect(onlySbb.every((q) => q.niveau === null && !q.niveauBekend)).toBe(true);
  });

  it("carries each 2015 qualification's own prijsfactor, and none for the newer ones", async () => {
    const qualifications = parseQualifications(await read('qualifications.json'));
    const byCrebo = new Map(qualifications.map((q) => [q.crebo, q]));
    // 25301's factor (1.80) differs from its dossier's (1.30): the qualification's own is kept.
    expect(byCrebo.get('25301')?.prijsfactor).toBe(1.8);
    expect(byCrebo.get('25001')?.prijsfactor).toBe(1.4);
    const fromStructure = qualifications.filter((q) => q.bron === 'kwalificatiestructuur-2015');
    expect(fromStructure.every((q) => q.prijsfactor !== null)).toBe(true);
    expect(qualifications.filter((q) => q.bron === 'sbb-koppeltabel-2023').every((q) => q.prijsfactor === null)).toBe(
      true,
    );
  });

  it('classifies institutions and lists their locations', async () => {
    const institutions = parseInstitutions(await read('institutions.json'));
    const byBrin = new Map(institutions.map((i) => [i.brin, i]));
    expect(byBrin.get('00GT')).toMatchObject({ naam: 'Albeda', soort: 'roc' });
    expect(byBrin.get('25GV')?.soort).toBe('aoc');
    expect(byBrin.get('02PA')?.soort).toBe('vakinstelling');
    expect(byBrin.get('00GT')!.locaties).toContain('00GT00');
  });

  it('names the largest places', async () => {
    const places = parsePlaces(await read('places.json'));
    const top40 = places.slice(0, 40).map((p) => p.name);
    for (const name of ['Amsterdam', 'Rotterdam', 'Den Haag', 'Utrecht', 'Eindhoven', 'Groningen'])
      expect(top40).toContain(name);
  });

  it('writes every region layer, krimp with its confidence', async () => {
    const regions = parseTopology(await read('regions.topojson'), 'regions.topojson', REGION_LAYERS);
    const krimp = regions.objects.krimp as unknown as {
      geometries: { properties: { confidence: string; type: string } }[];
    };
    expect(krimp.geometries).toHaveLength(20);
    expect(
      krimp.geometries.every((g) =>
        ['low', 'low-medium', 'medium', 'medium-high', 'high'].includes(g.properties.confidence),
      ),
    ).toBe(true);
    expect((regions.objects.provincies as unknown as { geometries: unknown[] }).geometries).toHaveLength(12);
  });
});

describe('npm run data on bad sources', () => {
  it('stops on a missing source file, names it, and leaves the previous outputs untouched', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'regiekaart-empty-'));
    try {
      const out = path.join(empty, 'out');
      await mkdir(out);
      await writeFile(path.join(out, 'grid.bin'), 'previous');
      const failure = runBuild({ sourcesDir: empty, outDir: out, steps: STEPS, log: quiet });
      await expect(failure).rejects.toBeInstanceOf(SourceError);
      await expect(failure).rejects.toThrow(/geo\/land\/nl_land_from_cbs_pc4_2020\.geojson: source file is missing/);
      expect(await readdir(out)).toEqual(['grid.bin']);
      expect(await readFile(path.join(out, 'grid.bin'), 'utf8')).toBe('previous');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('stops on a malformed vestigingen row, naming file, line and field', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'regiekaart-bad-'));
    try {
      const original = await readFile(path.join(sourcesDir, 'mbo/kiesmbo_mbo_vestigingen_2025-02.csv'), 'utf8');
      const lines = original.split('\n');
      lines[5] = lines[5].replace(/,(\d+\.\d+),(\d+\.\d+),/, ',east,$2,');
      await mkdir(path.join(dir, 'mbo'));
      await writeFile(path.join(dir, 'mbo/kiesmbo_mbo_vestigingen_2025-02.csv'), lines.join('\n'));
      const ctx = createContext(dir, dir, () => {}, quiet);
      await expect(loadVestigingen(ctx)).rejects.toThrow(
        'mbo/kiesmbo_mbo_vestigingen_2025-02.csv:6: field "lon" (value "east"): is not a number',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
