/**
 * The population years in the committed geodata against the CBS source, computed independently:
 * straight from the PC4 age table (no grid, no spreading), with the krimp- and anticipeerregio's
 * joined by the gemeente name the CBS table gives each postcode area.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeGrid, type Gemeente, type Grid, parseGemeenten } from '../../src/data/geodata/index.ts';
import { DEFAULT_JAAR, JAREN, type Jaar, LAST_JAAR } from '../../src/engine/population/index.ts';

const root = path.resolve(import.meta.dirname, '../..');
const geodata = path.join(root, 'public/geodata');
const sources = path.resolve(process.env.REGIEKAART_SOURCES ?? path.join(root, '../shared/data'));
/** sha256 of the Float32 population section of grid.bin format 1 (commit 3c2e99f): 2021 must not move. */
const POP_2021_SHA256 = 'd1547612107df7771061ab705eb6da6a9ddc694f8fc66d58e2c23a846bbcfda0';

let grid: Grid;
let gemeenten: Gemeente[];
let table: Record<string, string>[];
let krimpByName: Map<string, string>;

beforeAll(async () => {
  grid = decodeGrid(await readFile(path.join(geodata, 'grid.bin')));
  gemeenten = parseGemeenten(await readFile(path.join(geodata, 'gemeenten.json'), 'utf8'));
  const csv = (file: string) =>
    readFile(path.join(sources, file), 'utf8').then(
      (t) => Papa.parse<Record<string, string>>(t, { header: true, skipEmptyLines: true }).data,
    );
  table = await csv('geo/population/pc4_2021_centroids_population_age.csv');
  const krimp = await csv('geo/krimp/krimp_anticipeer_gemeenten.csv');
  krimpByName = new Map(krimp.map((r) => [r.gemeentenaam, r.type]));
});

const n = (text: string) => (text === '' ? 0 : Number(text));
/** From the CBS table only: the 15–24 year olds of a year, spelled out band by band. */
function sourceTotal(jaar: Jaar, where: (row: Record<string, string>) => boolean = () => true): number {
  let total = 0;
  for (const r of table) {
    if (!where(r)) continue;
    if (jaar === 2021) total += n(r.a15_19) + n(r.a20_24);
    else if (jaar === 2026) total += n(r.a10_14) + n(r.a15_19);
    else total += n(r.a5_9) + n(r.a10_14);
  }
  return total;
}

function gridTotal(jaar: Jaar, type?: string): number {
  let total = 0;
  const pop = grid.popByYear[jaar];
  for (let c = 0; c < grid.count; c++) {
    if (type !== undefined && gemeenten[grid.gemeente[c]]?.krimp?.type !== type) continue;
    total += pop[c];
  }
  return total;
}

const change = (from: number, to: number) => (to - from) / from;

describe('population years in grid.bin', () => {
  it('keeps the 2021 population byte for byte as it was before the years were added', () => {
    const bytes = new Uint8Array(grid.pop.buffer, grid.pop.byteOffset, grid.pop.byteLength);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(POP_2021_SHA256);
  });

  it('holds for every year the CBS age bands of today’s children, to the person', () => {
    for (const jaar of JAREN) expect(Math.abs(gridTotal(jaar) - sourceTotal(jaar))).toBeLessThan(1);
    // The figures themselves, so a change in the source is seen here.
    expect([sourceTotal(2021), sourceTotal(2026), sourceTotal(2031)]).toEqual([2_138_790, 1_985_890, 1_853_995]);
  });

  it('gives the country’s and the krimp regions’ change 2021 → 2031 as the CBS age bands do', () => {
    const national = change(sourceTotal(DEFAULT_JAAR), sourceTotal(LAST_JAAR));
    expect(change(gridTotal(DEFAULT_JAAR), gridTotal(LAST_JAAR))).toBeCloseTo(national, 6);
    for (const type of ['krimpregio', 'anticipeerregio']) {
      const inType = (r: Record<string, string>) => krimpByName.get(r.gemeente) === type;
      const from = sourceTotal(DEFAULT_JAAR, inType);
      const to = sourceTotal(LAST_JAAR, inType);
      // The grid follows gemeente borders and the table whole postcode areas, which straddle a
      // border here and there: counts agree within 0.2 %, the change within 0.1 percentage point.
      expect(Math.abs(gridTotal(DEFAULT_JAAR, type) - from) / from).toBeLessThan(0.002);
      expect(Math.abs(gridTotal(LAST_JAAR, type) - to) / to).toBeLessThan(0.002);
      expect(
        Math.abs(change(gridTotal(DEFAULT_JAAR, type), gridTotal(LAST_JAAR, type)) - change(from, to)),
      ).toBeLessThan(0.001);
    }
    // Decline is steeper in the krimpregio's than nationally.
    expect(
      change(
        sourceTotal(DEFAULT_JAAR, (r) => krimpByName.get(r.gemeente) === 'krimpregio'),
        sourceTotal(LAST_JAAR, (r) => krimpByName.get(r.gemeente) === 'krimpregio'),
      ),
    ).toBeLessThan(national);
  });
});
