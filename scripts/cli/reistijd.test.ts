import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TravelSearch } from '../../src/engine/travel/search.ts';
import { createTravelSearch } from '../../src/engine/travel/search.ts';
import type { GridCells } from '../data/graph/cells.ts';
import { indexGridCells } from '../data/graph/cells.ts';
import { ensureGraphGeodata } from '../data/graph/ensure-geodata.ts';
import { loadTravelData } from '../data/graph/load-node.ts';
import { InputError, placePoint, travelPairs } from './reistijd-core.ts';

const run = promisify(execFile);
const CLI = path.resolve(import.meta.dirname, 'reistijd.ts');
const TSX = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
let cells: GridCells;
let search: TravelSearch;

beforeAll(async () => {
  dir = await ensureGraphGeodata();
  const data = await loadTravelData(dir);
  cells = indexGridCells(data.grid);
  search = createTravelSearch(data.graph);
}, 120_000);

describe('reistijd --pairs', () => {
  it('appends a minutes column and keeps the other columns', () => {
    const csv =
      'name,from_lon,from_lat,to_lon,to_lat\n"Utrecht, CS",5.1103,52.0889,6.0919,52.5047\nsame,5.1103,52.0889,5.1103,52.0889\n';
    const { csv: out, notes } = travelPairs(csv, 'trips.csv', cells, search);
    const lines = out.trim().split(/\r?\n/);
    expect(lines[0]).toBe('name,from_lon,from_lat,to_lon,to_lat,minutes');
    expect(lines[1]).toMatch(/^"Utrecht, CS",5\.1103,52\.0889,6\.0919,52\.5047,\d+$/);
    expect(Number(lines[1].split(',').at(-1))).toBeGreaterThan(30);
    expect(lines[2]).toBe('same,5.1103,52.0889,5.1103,52.0889,0');
    expect(notes).toEqual([]);
  });

  it('says which columns are missing, on line 1', () => {
    expect(() => travelPairs('from_lon,from_lat,to_lon\n5,52,6\n', 'trips.csv', cells, search)).toThrow(
      /trips\.csv:1: missing column\(s\) to_lat/,
    );
  });

  it('names the line and field of a bad number', () => {
    const csv = 'from_lon,from_lat,to_lon,to_lat\n5.11,52.09,6.09,52.5\n5.11,noord,6.09,52.5\n';
    expect(() => travelPairs(csv, 'trips.csv', cells, search)).toThrow(
      /trips\.csv:3, field from_lat: from_lat "noord" is not a number/,
    );
  });

  it('refuses a point outside the Netherlands or out on the water', () => {
    expect(() =>
      travelPairs('from_lon,from_lat,to_lon,to_lat\n2.35,48.85,5.1,52.1\n', 'trips.csv', cells, search),
    ).toThrow(/trips\.csv:2, field from_lon\/from_lat: \(2\.35, 48\.85\) lies outside the Netherlands/);
    expect(() =>
      travelPairs('from_lon,from_lat,to_lon,to_lat\n5.1,52.1,5.3,52.8\n', 'trips.csv', cells, search),
    ).toThrow(/trips\.csv:2, field to_lon\/to_lat: .*on water.*no land cell within 2 km/);
  });

  it('snaps a point just off the coast to land and says so', () => {
    // In the North Sea about 1 km off Den Helder.
    const { notes } = travelPairs(
      'from_lon,from_lat,to_lon,to_lat\n4.72,52.96,4.76,52.955\n',
      'trips.csv',
      cells,
      search,
    );
    expect(notes).toEqual([
      expect.stringMatching(
        /^trips\.csv:2: from point \(4\.72, 52\.96\) is not on land; snapped 0\.\d+ km to the nearest land cell$/,
      ),
    ]);
    const point = placePoint(cells, 3.6, 51.435, 'x'); // in the Westerschelde, off Vlissingen
    expect(point.snapped).toBe(true);
    expect(point.snappedKm).toBeGreaterThan(0.5);
    expect(point.snappedKm).toBeLessThanOrEqual(2);
    expect(() => placePoint(cells, 52.09, 5.11, '--van')).toThrow(InputError);
  });
});

describe('reistijd command line', () => {
  it('prints one JSON line with minutes and modes for --van/--naar', async () => {
    const { code, stdout } = await cli(['--geodata', dir, '--van', '5.1103,52.0889', '--naar', '6.0919,52.5047']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.minutes).toBeGreaterThan(30);
    expect(result.modes).toContain('rail');
    expect(result.van.snapped).toBe(false);
  }, 30_000);

  it('explains wrong usage with exit code 2', async () => {
    const { code, stderr } = await cli(['--van', '5,52']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/both --van and --naar/);
  }, 30_000);

  it('detects a corrupt graph file through the manifest checksum', async () => {
    const copy = await mkdtemp(path.join(os.tmpdir(), 'regiekaart-corrupt-'));
    await cp(dir, copy, { recursive: true });
    const file = path.join(copy, 'graph.bin');
    const bytes = await readFile(file);
    bytes[bytes.length - 10] ^= 0xff;
    await writeFile(file, bytes);
    const { code, stderr, stdout } = await cli([
      '--geodata',
      copy,
      '--van',
      '5.1103,52.0889',
      '--naar',
      '6.0919,52.5047',
    ]);
    await rm(copy, { recursive: true, force: true });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/graph\.bin: is corrupt or out of date/);
  }, 30_000);
});
