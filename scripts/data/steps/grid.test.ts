import type { Polygon } from 'geojson';
import { cellToLatLng } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { GRID_NO_GEMEENTE } from '../../../src/data/geodata/index.ts';
import { cellsWithCentreIn, DenseCells } from '../lib/h3-grid.ts';
import { assignGemeenten, checkPopulationTotal } from './grid.ts';

const box = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

describe('checkPopulationTotal', () => {
  it('accepts a difference within 1 % and returns it', () => {
    expect(checkPopulationTotal(1000, 1009)).toBeCloseTo(0.009);
    expect(checkPopulationTotal(1000, 991)).toBeCloseTo(-0.009);
  });

  it('fails the build beyond 1 %, or on NaN', () => {
    expect(() => checkPopulationTotal(1000, 1011)).toThrow(/population check failed.*1011.*1000/);
    expect(() => checkPopulationTotal(1000, 980)).toThrow(/-2\.00 %/);
    expect(() => checkPopulationTotal(1000, Number.NaN)).toThrow(/population check failed/);
  });
});

describe('assignGemeenten', () => {
  // Land covers two "gemeenten" and a strip of coast that neither polygon reaches.
  const grid = new DenseCells(cellsWithCentreIn(box(5.0, 52.0, 5.3, 52.05), 8));
  const west = box(5.0, 52.0, 5.1, 52.05);
  const east = box(5.1, 52.0, 5.18, 52.05);

  it('gives each cell the gemeente holding its centre, the nearest one along the edge, none far away', () => {
    const { gemeente, byNearest, none } = assignGemeenten(grid, [west, east]);
    grid.cells.forEach((cell, i) => {
      const [, lon] = cellToLatLng(cell);
      if (lon < 5.099) expect(gemeente[i]).toBe(0);
      else if (lon > 5.101 && lon < 5.18) expect(gemeente[i]).toBe(1);
      else if (lon > 5.18) expect([1, GRID_NO_GEMEENTE]).toContain(gemeente[i]);
    });
    expect(byNearest).toBeGreaterThan(0);
    expect(none).toBeGreaterThan(0);
  });
});
