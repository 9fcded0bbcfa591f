import { cellsToMultiPolygon, cellToLatLng, gridDisk, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { isochroneOutline, type OutlinePath, outlineTopology } from './isochrone-outline.ts';

const SENTINEL = 65535;

/** A small grid: two separate disks of cells, minutes = ring distance × 10 from each centre. */
function twoDisks() {
  const cells: string[] = [];
  const minutes: number[] = [];
  for (const [lat, lon] of [
    [52.09, 5.12],
    [53.22, 6.57],
  ]) {
    const centre = latLngToCell(lat, lon, 8);
    for (let k = 0; k <= 3; k++) {
      const ring = gridDisk(centre, k).filter((c) => !cells.includes(c));
      for (const c of ring) {
        cells.push(c);
        minutes.push(k * 10);
      }
    }
  }
  return { cells, minutes: Uint16Array.from(minutes) };
}

/** The outline's segments as unordered pairs of rounded points, to compare two tracings. */
function segments(paths: readonly OutlinePath[]): string[] {
  const key = ([lon, lat]: [number, number]) => `${lon.toFixed(6)},${lat.toFixed(6)}`;
  const out: string[] = [];
  for (const path of paths) {
    for (let i = 0; i + 1 < path.length; i++) out.push([key(path[i]!), key(path[i + 1]!)].sort().join(' '));
  }
  return out.sort();
}

describe('isochroneOutline', () => {
  it('draws exactly the edges h3-js traces around the same cells, holes and touching areas included', () => {
    // A patch of 1,261 cells around Zwolle with a pseudo-random field: many areas, holes, and
    // areas that meet at a corner.
    const cells = gridDisk(latLngToCell(52.51, 6.09, 8), 20);
    const minutes = Uint16Array.from(cells, (_, i) => ((i * 2654435761) >>> 0) % 97);
    minutes[5] = SENTINEL;
    const topology = outlineTopology(cells);
    for (const limit of [10, 45, 80]) {
      const paths = isochroneOutline(topology, minutes, limit, SENTINEL);
      const inside = cells.filter((_, i) => minutes[i] !== SENTINEL && minutes[i]! <= limit);
      const traced = cellsToMultiPolygon(inside, true).flat() as OutlinePath[];
      expect(segments(paths)).toEqual(segments(traced));
      for (const path of paths) expect(path[0]).toEqual(path[path.length - 1]);
    }
  });

  it('traces one closed ring around each separate reachable area', () => {
    const { cells, minutes } = twoDisks();
    const paths = isochroneOutline(outlineTopology(cells), minutes, 20, SENTINEL);
    expect(paths).toHaveLength(2);
    for (const path of paths) {
      expect(path[0]).toEqual(path[path.length - 1]);
      // A disk of radius 2 has 12 boundary cells; its outline has 30 hexagon edges.
      expect(path.length - 1).toBe(30);
    }
  });

  it('leaves out cells beyond the limit and unreachable cells', () => {
    const { cells, minutes } = twoDisks();
    const field = minutes.slice();
    for (let i = 0; i < field.length; i++) if (i >= cells.length / 2) field[i] = SENTINEL;
    const paths = isochroneOutline(outlineTopology(cells), field, 0, SENTINEL);
    expect(paths).toHaveLength(1);
    // Only the first centre cell is within 0 minutes: a single hexagon.
    expect(paths[0].length - 1).toBe(6);
    const [lat, lon] = cellToLatLng(cells[0]);
    const [x, y] = paths[0][0];
    expect(Math.abs(x - lon)).toBeLessThan(0.01);
    expect(Math.abs(y - lat)).toBeLessThan(0.01);
  });

  it('returns nothing when no cell is within the limit', () => {
    const { cells } = twoDisks();
    expect(
      isochroneOutline(outlineTopology(cells), new Uint16Array(cells.length).fill(SENTINEL), 60, SENTINEL),
    ).toEqual([]);
  });

  it('refuses a field that does not match the grid', () => {
    expect(() => isochroneOutline(outlineTopology(['88196b4f4dfffff']), new Uint16Array(2), 60, SENTINEL)).toThrow(
      /2 cells/,
    );
  });
});
