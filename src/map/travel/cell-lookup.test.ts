import { cellToLatLng, gridDisk, h3IndexToSplitLong, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { cellIndexAt, gridExtent } from './cell-lookup.ts';

/** A grid like grid.bin: cells sorted by (high half, low half). */
function gridOf(cells: string[]) {
  const halves = cells.map((c) => h3IndexToSplitLong(c)).sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  return {
    count: cells.length,
    resolution: 8,
    h3Lo: Uint32Array.from(halves.map(([lo]) => lo)),
    h3Hi: Uint32Array.from(halves.map(([, hi]) => hi)),
  };
}

describe('cellIndexAt', () => {
  const cells = [...gridDisk(latLngToCell(52.09, 5.12, 8), 4), ...gridDisk(latLngToCell(53.2, 6.56, 8), 2)];
  const grid = gridOf(cells);

  it('finds the dense index of the cell under every cell centre', () => {
    for (let i = 0; i < grid.count; i++) {
      const [lat, lon] = cellToLatLng(cells[i]);
      const found = cellIndexAt(grid, lon, lat);
      expect(found).toBeGreaterThanOrEqual(0);
      expect(h3IndexToSplitLong(latLngToCell(lat, lon, 8))).toEqual([grid.h3Lo[found], grid.h3Hi[found]]);
    }
  });

  it('returns -1 outside the grid and for nonsense coordinates', () => {
    expect(cellIndexAt(grid, 4.3, 52.3)).toBe(-1);
    expect(cellIndexAt(grid, Number.NaN, 52)).toBe(-1);
    expect(cellIndexAt(grid, 5, 120)).toBe(-1);
  });
});

describe('gridExtent', () => {
  it('encloses every cell centre with a small margin', () => {
    const grid = { count: 2, lon: Float32Array.from([5, 6]), lat: Float32Array.from([52, 53]) };
    const [w, s, e, n] = gridExtent(grid);
    expect(w).toBeLessThan(5);
    expect(s).toBeLessThan(52);
    expect(e).toBeGreaterThan(6);
    expect(n).toBeGreaterThan(53);
    expect(e - w).toBeLessThan(1.1);
  });
});
