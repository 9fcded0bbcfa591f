import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/data/geodata/index.ts';
import { parseLocations } from '../../../src/data/geodata/index.ts';
import { MODE_CYCLE, MODE_FERRY, MODE_FIXED_LINK, MODE_RAIL } from '../../../src/engine/graph/modes.ts';
import type { TravelSearch } from '../../../src/engine/travel/search.ts';
import { createTravelSearch, UNREACHABLE } from '../../../src/engine/travel/search.ts';
import type { GridCells } from './cells.ts';
import { indexGridCells, snapToLand } from './cells.ts';
import { ensureGraphGeodata } from './ensure-geodata.ts';
import { loadTravelData } from './load-node.ts';

// The real national graph as committed in public/geodata (built by `npm run data`).
let grid: Grid;
let cells: GridCells;
let search: TravelSearch;
let mainlandSchools: number[];

beforeAll(async () => {
  const dir = await ensureGraphGeodata();
  const data = await loadTravelData(dir);
  grid = data.grid;
  cells = indexGridCells(grid);
  search = createTravelSearch(data.graph);
  const locations = parseLocations(await readFile(path.join(dir, 'locations.json'), 'utf8'));
  mainlandSchools = locations
    .filter((l) => l.cell >= 0 && l.lat < 53.3 && !inBox(l.lon, l.lat, BOXES.texel))
    .map((l) => l.cell);
}, 120_000);

type Box = [minLon: number, minLat: number, maxLon: number, maxLat: number];
const BOXES: Record<string, Box> = {
  texel: [4.7, 52.99, 4.92, 53.19],
  vlieland: [4.9, 53.21, 5.12, 53.32],
  terschelling: [5.15, 53.35, 5.6, 53.46],
  ameland: [5.6, 53.42, 5.95, 53.5],
  schiermonnikoog: [6.1, 53.46, 6.35, 53.51],
  zeeuwsVlaanderen: [3.35, 51.2, 4.25, 51.38],
};

function inBox(lon: number, lat: number, [a, b, c, d]: Box): boolean {
  return lon >= a && lon <= c && lat >= b && lat <= d;
}

function cellsIn(box: Box): number[] {
  const out: number[] = [];
  for (let i = 0; i < grid.count; i++) if (inBox(grid.lon[i], grid.lat[i], box)) out.push(i);
  return out;
}

function cellAt(lon: number, lat: number): number {
  const snap = snapToLand(cells, lon, lat, 2);
  if (!snap) throw new Error(`no land cell near ${lon}, ${lat}`);
  return snap.cell;
}

describe('the national travel graph', () => {
  it('crosses the Afsluitdijk: Den Oever reaches Zurich (Friesland) over the dam, not around the IJsselmeer', () => {
    const field = search.computeField([cellAt(5.385, 53.098)], 240);
    const denOever = cellAt(5.03, 52.93);
    expect(field.minutes[denOever]).toBeLessThan(60);
    expect(field.modes[denOever] & MODE_FIXED_LINK).toBeTruthy();
  });

  it('joins Walcheren and Schouwen over the Zeeland dams', () => {
    const field = search.computeField([cellAt(3.918, 51.65)], 240); // Zierikzee
    const middelburg = cellAt(3.614, 51.499);
    expect(field.minutes[middelburg]).toBeLessThan(90);
    expect(field.modes[middelburg] & MODE_FIXED_LINK).toBeTruthy();
  });

  it('reaches every Wadden island from the mainland schools only by ferry', () => {
    const field = search.computeField(mainlandSchools, 600);
    for (const [name, box] of Object.entries(BOXES)) {
      if (name === 'zeeuwsVlaanderen') continue;
      const island = cellsIn(box);
      expect(island.length, name).toBeGreaterThan(20);
      const reached = island.filter((i) => field.minutes[i] !== UNREACHABLE);
      expect(reached.length, name).toBe(island.length);
      for (const i of reached) expect(field.modes[i] & MODE_FERRY, `${name} cell ${i}`).toBeTruthy();
    }
  });

  it('lets nobody cycle through the Westerscheldetunnel: Zeeuws-Vlaanderen reaches Goes by bus link or ferry', () => {
    const field = search.computeField([cellAt(3.8906, 51.498)], 600); // Goes station
    const zvl = cellsIn(BOXES.zeeuwsVlaanderen);
    expect(zvl.length).toBeGreaterThan(500);
    for (const i of zvl) {
      expect(field.minutes[i]).not.toBe(UNREACHABLE);
      expect(field.modes[i] & (MODE_FERRY | MODE_FIXED_LINK)).toBeTruthy();
    }
    // Without a boat or the tunnel bus, Breskens → Goes would be impossible; with them it takes about an hour.
    expect(field.minutes[cellAt(3.556, 51.395)]).toBeLessThan(100);
  });

  it('rides trains between cities: Groningen → Zwolle is faster than cycling could be', () => {
    const field = search.computeField([cellAt(6.0919, 52.5047)], 240);
    const groningen = cellAt(6.5647, 53.2106);
    expect(field.minutes[groningen]).toBeLessThan(90);
    expect(field.modes[groningen] & MODE_RAIL).toBeTruthy();
    expect(field.modes[cellAt(6.095, 52.51)] & MODE_CYCLE).toBeTruthy();
  });
});
