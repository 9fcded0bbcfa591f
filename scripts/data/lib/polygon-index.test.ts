import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { PolygonIndex } from './polygon-index.ts';

const square = (x0: number, y0: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x0 + size, y0],
      [x0 + size, y0 + size],
      [x0, y0 + size],
      [x0, y0],
    ],
  ],
});

describe('PolygonIndex', () => {
  const withHole: Polygon = {
    type: 'Polygon',
    coordinates: [
      square(0, 0, 10).coordinates[0],
      [
        [4, 4],
        [4, 6],
        [6, 6],
        [6, 4],
        [4, 4],
      ],
    ],
  };
  const index = new PolygonIndex([withHole, square(10, 0, 10), square(5, 5, 10)]);

  it('finds the polygon containing a point', () => {
    expect(index.find(1, 1)).toBe(0);
    expect(index.find(15, 2)).toBe(1);
  });

  it('treats a hole as outside, and falls through to an overlapping polygon', () => {
    expect(index.find(4.5, 4.5)).toBe(-1);
    expect(index.find(5.5, 5.5)).toBe(2);
  });

  it('returns -1 outside every polygon, and the lowest index where polygons overlap', () => {
    expect(index.find(-1, 5)).toBe(-1);
    expect(index.contains(30, 30)).toBe(false);
    expect(index.find(12, 7)).toBe(1);
  });
});
