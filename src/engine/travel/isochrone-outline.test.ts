import { cellToLatLng, gridDisk, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { isochroneOutline } from './isochrone-outline.ts';

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

describe('isochroneOutline', () => {
  it('traces one closed ring around each separate reachable area', () => {
    const { cells, minutes } = twoDisks();
    const paths = isochroneOutline(cells, minutes, 20, SENTINEL);
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
    const paths = isochroneOutline(cells, field, 0, SENTINEL);
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
    expect(isochroneOutline(cells, new Uint16Array(cells.length).fill(SENTINEL), 60, SENTINEL)).toEqual([]);
  });

  it('refuses a field that does not match the grid', () => {
    expect(() => isochroneOutline(['88196b4f4dfffff'], new Uint16Array(2), 60, SENTINEL)).toThrow(/2 cells/);
  });
});
