import fc from 'fast-check';
import type { Polygon } from 'geojson';
import { cellToLatLng, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { cellsWithCentreIn, compareH3, DenseCells, splitIndices, spreadByArea } from './h3-grid.ts';

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

// A 10 × 10 km patch near Utrecht as the "land grid".
const land = box(5.0, 52.0, 5.15, 52.09);
const grid = new DenseCells(cellsWithCentreIn(land, 8));

describe('land grid', () => {
  it('holds the cells whose centre lies inside, sorted by H3 index', () => {
    expect(grid.count).toBeGreaterThan(100);
    expect([...grid.cells].sort(compareH3)).toEqual(grid.cells);
    for (const cell of grid.cells) {
      const [lat, lon] = cellToLatLng(cell);
      expect(lon >= 5.0 && lon <= 5.15 && lat >= 52.0 && lat <= 52.09).toBe(true);
    }
  });

  it('splits indices into halves that sort like the cells', () => {
    const { hi, lo } = splitIndices(grid.cells);
    for (let i = 1; i < grid.count; i++)
      expect(hi[i] > hi[i - 1] || (hi[i] === hi[i - 1] && lo[i] > lo[i - 1])).toBe(true);
    expect(hi[0].toString(16) + lo[0].toString(16).padStart(8, '0')).toBe(grid.cells[0]);
  });

  it('finds the nearest grid cell for a point off the grid, within a distance limit', () => {
    const i = grid.nearest(52.05, 5.2, 8, 10);
    const [, lon] = cellToLatLng(grid.cells[i]);
    expect(lon).toBeGreaterThan(5.13);
    expect(grid.nearest(52.05, 5.2, 8, 10, 1)).toBe(-1);
    const inside = latLngToCell(52.05, 5.07, 8);
    expect(grid.nearest(52.05, 5.07, 8, 3)).toBe(grid.index.get(inside));
  });
});

describe('spreadByArea', () => {
  it('splits an area over the cells it covers in proportion to overlap, preserving the total', () => {
    const west = box(5.0, 52.0, 5.075, 52.09);
    const east = box(5.075, 52.0, 5.15, 52.09);
    const result = spreadByArea(
      grid,
      8,
      [
        { geometry: west, fallback: [5.03, 52.05], values: [1000] },
        { geometry: east, fallback: [5.1, 52.05], values: [3000] },
      ],
      9,
    );
    const sum = result.values[0].reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(4000, 6);
    expect(result.lostValue).toEqual([0]);
    // East holds three times the people on the same area, so its cells are about 3× denser.
    const density = (x0: number, x1: number) => {
      let total = 0;
      let n = 0;
      grid.cells.forEach((cell, i) => {
        const [, lon] = cellToLatLng(cell);
        if (lon > x0 && lon < x1) {
          total += result.values[0][i];
          n++;
        }
      });
      return total / n;
    };
    expect(density(5.11, 5.14) / density(5.01, 5.04)).toBeCloseTo(3, 0);
  });

  it('gives an area too small to hold a sample point wholly to the cell at its interior point', () => {
    const tiny = box(5.07, 52.05, 5.0701, 52.0501);
    const result = spreadByArea(grid, 8, [{ geometry: tiny, fallback: [5.07005, 52.05005], values: [25] }], 9);
    expect(result.tooSmall).toBe(1);
    expect(result.movedValue).toEqual([0]);
    expect(result.values[0][grid.index.get(latLngToCell(52.05005, 5.07005, 8))!]).toBe(25);
  });

  it('places people only on the land part of an area that extends over water', () => {
    const overlapsWater = box(5.12, 52.03, 5.3, 52.06);
    const result = spreadByArea(grid, 8, [{ geometry: overlapsWater, fallback: [5.2, 52.04], values: [500] }], 9);
    expect(result.values[0].reduce((a, b) => a + b, 0)).toBeCloseTo(500, 6);
    expect(result.tooSmall).toBe(0);
    grid.cells.forEach((cell, i) => {
      if (result.values[0][i] > 0) expect(cellToLatLng(cell)[1]).toBeGreaterThan(5.11);
    });
  });

  it('moves an area wholly over water to the nearest land cell instead of losing it', () => {
    const offshore = box(5.2, 52.04, 5.21, 52.05);
    const result = spreadByArea(grid, 8, [{ geometry: offshore, fallback: [5.205, 52.045], values: [40] }], 9);
    expect(result.movedValue).toEqual([40]);
    expect(result.values[0][grid.nearest(52.045, 5.205, 8, 60)]).toBe(40);
  });

  it('preserves the total for any set of areas and values (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.double({ min: 4.95, max: 5.15, noNaN: true }),
            y: fc.double({ min: 51.97, max: 52.09, noNaN: true }),
            size: fc.double({ min: 0.0005, max: 0.05, noNaN: true }),
            value: fc.integer({ min: 0, max: 5000 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (areas) => {
          const input = areas.map((a) => ({
            geometry: box(a.x, a.y, a.x + a.size, a.y + a.size),
            fallback: [a.x + a.size / 2, a.y + a.size / 2] as [number, number],
            values: [a.value],
          }));
          const result = spreadByArea(grid, 8, input, 9);
          const expected = areas.reduce((sum, a) => sum + a.value, 0);
          const total = result.values[0].reduce((a, b) => a + b, 0);
          expect(total + result.lostValue[0]).toBeCloseTo(expected, 6);
          expect(result.lostValue).toEqual([0]);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('spreads several quantities with the same weights, each as if spread alone', () => {
    const areas = [
      { geometry: box(5.0, 52.0, 5.075, 52.09), fallback: [5.03, 52.05] as [number, number] },
      { geometry: box(5.07, 52.05, 5.0701, 52.0501), fallback: [5.07005, 52.05005] as [number, number] },
      { geometry: box(5.2, 52.04, 5.21, 52.05), fallback: [5.205, 52.045] as [number, number] },
      // Nobody of the first quantity, some of the second: sampled for the second only.
      { geometry: box(5.1, 52.0, 5.12, 52.02), fallback: [5.11, 52.01] as [number, number] },
    ];
    const first = [1000, 25, 40, 0];
    const second = [0, 7, 3, 5];
    const together = spreadByArea(
      grid,
      8,
      areas.map((a, i) => ({ ...a, values: [first[i], second[i]] })),
      9,
    );
    const alone = spreadByArea(
      grid,
      8,
      areas.map((a, i) => ({ ...a, values: [first[i]] })),
      9,
    );
    expect(Array.from(together.values[0])).toEqual(Array.from(alone.values[0]));
    expect(together.values[1].reduce((a, b) => a + b, 0)).toBeCloseTo(15, 9);
    expect(together.movedValue).toEqual([40, 3]);
    expect(() =>
      spreadByArea(
        grid,
        8,
        [
          { ...areas[0], values: [1] },
          { ...areas[1], values: [1, 2] },
        ],
        9,
      ),
    ).toThrow(/area 1 has 2 values/);
  });
});
