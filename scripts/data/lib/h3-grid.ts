import { bboxClip, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import {
  cellToChildren,
  cellToLatLng,
  greatCircleDistance,
  gridRing,
  h3IndexToSplitLong,
  latLngToCell,
  polygonToCells,
} from 'h3-js';
import { polygonsOf } from './geojson.ts';

/** Tile size in degrees for large polygons (see unsortedCellsIn). */
const TILE_DEGREES = 0.25;

/**
 * Cells of resolution `res` whose centre lies inside the geometry, sorted by H3 index.
 * All valid cell indices are 15 hex digits, so string order equals numeric order.
 */
export function cellsWithCentreIn(geometry: Polygon | MultiPolygon, res: number): string[] {
  return [...new Set(unsortedCellsIn(geometry, res))].sort(compareH3);
}

/**
 * h3-js tests every candidate cell against every edge, so a detailed national outline costs
 * cells × vertices. Clipping it into tiles first gives the same cells (a centre lies in exactly
 * one tile) about ten times faster. Small polygons are passed through as they are.
 */
function unsortedCellsIn(geometry: Polygon | MultiPolygon, res: number): string[] {
  const out: string[] = [];
  for (const polygon of polygonsOf(geometry)) {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of polygon[0]) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    if (maxX - minX <= TILE_DEGREES && maxY - minY <= TILE_DEGREES) {
      for (const cell of polygonToCells(polygon, res, true)) out.push(cell);
      continue;
    }
    const whole: Polygon = { type: 'Polygon', coordinates: polygon };
    for (let x = minX; x < maxX; x += TILE_DEGREES) {
      for (let y = minY; y < maxY; y += TILE_DEGREES) {
        const clipped = bboxClip(whole, [x, y, x + TILE_DEGREES, y + TILE_DEGREES]).geometry;
        for (const part of polygonsOf(clipped as Polygon | MultiPolygon)) {
          if (part.length === 0 || part[0].length < 4) continue;
          for (const cell of polygonToCells(part, res, true)) out.push(cell);
        }
      }
    }
  }
  return out;
}

export function compareH3(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A dense index over sorted cells: position in the array ↔ H3 index. */
export class DenseCells {
  readonly index = new Map<string, number>();

  constructor(readonly cells: readonly string[]) {
    for (let i = 0; i < cells.length; i++) this.index.set(cells[i], i);
  }

  get count(): number {
    return this.cells.length;
  }

  /**
   * Dense index of the grid cell whose centre is nearest to (lat, lon), searching rings around
   * the point's own cell up to `maxRings`; -1 when none is within `maxKm`. Ties go to the lower
   * index so the result is deterministic.
   */
  nearest(lat: number, lon: number, res: number, maxRings: number, maxKm = Infinity): number {
    const origin = latLngToCell(lat, lon, res);
    let best = -1;
    let bestKm = Infinity;
    let foundAtRing = -1;
    for (let k = 0; k <= maxRings; k++) {
      // A cell one ring further out can still be nearer to an off-centre point: look one more.
      if (foundAtRing !== -1 && k > foundAtRing + 1) break;
      for (const cell of k === 0 ? [origin] : gridRing(origin, k)) {
        const i = this.index.get(cell);
        if (i === undefined) continue;
        const [cLat, cLon] = cellToLatLng(cell);
        const km = greatCircleDistance([lat, lon], [cLat, cLon], 'km');
        if (km < bestKm || (km === bestKm && i < best)) {
          best = i;
          bestKm = km;
        }
        if (foundAtRing === -1) foundAtRing = k;
      }
    }
    return bestKm <= maxKm ? best : -1;
  }
}

/** The two 32-bit halves of each cell's 64-bit H3 index. */
export function splitIndices(cells: readonly string[]): { hi: Uint32Array; lo: Uint32Array } {
  const hi = new Uint32Array(cells.length);
  const lo = new Uint32Array(cells.length);
  cells.forEach((cell, i) => {
    const [low, high] = h3IndexToSplitLong(cell);
    hi[i] = high >>> 0;
    lo[i] = low >>> 0;
  });
  return { hi, lo };
}

export interface WeightedArea {
  geometry: Polygon | MultiPolygon;
  /** Interior point used when no sample point of the land grid lies inside the area. */
  fallback: [lon: number, lat: number];
  /** One value per quantity spread (e.g. one per population year); every area has as many. */
  values: readonly number[];
}

export interface SpreadResult {
  /** Per quantity, the value per grid cell. */
  values: Float64Array[];
  /** Areas holding no sample point (tiny, or wholly over water cells): given whole to one cell. */
  tooSmall: number;
  /** Per quantity, the value of such areas whose interior point lies off the grid, moved to the nearest grid cell. */
  movedValue: number[];
  /** Per quantity, the value that found no grid cell within `maxRings` (reported; the total check catches it). */
  lostValue: number[];
}

/** Buckets of area indices by bounding box, so a point is tested against few polygons. */
class AreaBuckets {
  private readonly buckets = new Map<number, number[]>();

  constructor(
    areas: readonly WeightedArea[],
    private readonly size: number,
  ) {
    areas.forEach((area, index) => {
      let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const polygon of polygonsOf(area.geometry)) {
        for (const [x, y] of polygon[0]) {
          minX = Math.min(minX, x);
          minY = Math.min(minY, y);
          maxX = Math.max(maxX, x);
          maxY = Math.max(maxY, y);
        }
      }
      for (let bx = Math.floor(minX / size); bx <= Math.floor(maxX / size); bx++) {
        for (let by = Math.floor(minY / size); by <= Math.floor(maxY / size); by++) {
          const key = bx * 100_000 + by;
          const list = this.buckets.get(key);
          if (list) list.push(index);
          else this.buckets.set(key, [index]);
        }
      }
    });
  }

  candidates(lon: number, lat: number): readonly number[] {
    return this.buckets.get(Math.floor(lon / this.size) * 100_000 + Math.floor(lat / this.size)) ?? [];
  }
}

/**
 * Spreads each area's values over the grid cells in proportion to overlap area. The overlap is
 * measured by sampling: every grid cell is split into its finer `sampleRes` children (res 9
 * under res 8: 7 children of equal area) and each child centre counts for the areas that hold
 * it. Only the land part of an area is sampled, so nobody is placed in water. An area that
 * holds no sample (tiny, or wholly over water cells) gives its whole value to the cell at its
 * interior point, or the nearest grid cell. Every quantity is spread with the same weights, so
 * they are spread exactly alike. Each total is preserved up to rounding.
 */
export function spreadByArea(
  grid: DenseCells,
  gridRes: number,
  areas: readonly WeightedArea[],
  sampleRes: number,
  maxRings = 60,
): SpreadResult {
  const quantities = areas[0]?.values.length ?? 0;
  for (const [a, area] of areas.entries()) {
    if (area.values.length !== quantities)
      throw new Error(`area ${a} has ${area.values.length} values, the first has ${quantities}`);
  }
  const empty = (area: WeightedArea) => area.values.every((v) => v === 0);
  const buckets = new AreaBuckets(areas, 0.05);
  const counts: Map<number, number>[] = areas.map(() => new Map());
  grid.cells.forEach((cell, i) => {
    for (const child of cellToChildren(cell, sampleRes)) {
      const [lat, lon] = cellToLatLng(child);
      for (const a of buckets.candidates(lon, lat)) {
        if (empty(areas[a]) || !booleanPointInPolygon([lon, lat], areas[a].geometry)) continue;
        counts[a].set(i, (counts[a].get(i) ?? 0) + 1);
      }
    }
  });

  const values = Array.from({ length: quantities }, () => new Float64Array(grid.count));
  let tooSmall = 0;
  const movedValue = new Array<number>(quantities).fill(0);
  const lostValue = new Array<number>(quantities).fill(0);
  areas.forEach((area, a) => {
    if (empty(area)) return;
    const cellCounts = counts[a];
    if (cellCounts.size === 0) {
      tooSmall++;
      const [lon, lat] = area.fallback;
      const own = grid.index.get(latLngToCell(lat, lon, gridRes));
      const target = own ?? grid.nearest(lat, lon, gridRes, maxRings);
      area.values.forEach((value, q) => {
        if (target === -1) lostValue[q] += value;
        else {
          if (own === undefined) movedValue[q] += value;
          values[q][target] += value;
        }
      });
      return;
    }
    let samples = 0;
    for (const n of cellCounts.values()) samples += n;
    // In cell order, so floating-point sums do not depend on Map insertion details.
    const cells = [...cellCounts.keys()].sort((x, y) => x - y);
    area.values.forEach((value, q) => {
      for (const i of cells) values[q][i] += (value * cellCounts.get(i)!) / samples;
    });
  });
  return { values, tooSmall, movedValue, lostValue };
}
