import { cellToBoundary, getPentagons } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { cellGeometry } from './cell-geometry.ts';

const hexagons = ['881f1d4891fffff', '881f1d4893fffff', '88196b4d9bfffff'];

/** Shoelace area of a ring of [lon, lat] points, in square degrees. */
function ringArea(ring: [number, number][]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum) / 2;
}

function triangleArea(p: Float64Array, a: number, b: number, c: number): number {
  return (
    Math.abs(
      (p[b * 2]! - p[a * 2]!) * (p[c * 2 + 1]! - p[a * 2 + 1]!) -
        (p[c * 2]! - p[a * 2]!) * (p[b * 2 + 1]! - p[a * 2 + 1]!),
    ) / 2
  );
}

describe('cellGeometry', () => {
  it('puts each cell’s H3 boundary, as lon/lat, at its ring start', () => {
    const g = cellGeometry(hexagons);
    expect(g.length).toBe(3);
    expect([...g.startIndices]).toEqual([0, 6, 12, 18]);
    hexagons.forEach((cell, i) => {
      const ring = cellToBoundary(cell).map(([lat, lon]) => [lon, lat]);
      const start = g.startIndices[i]!;
      expect([...g.attributes.getPolygon.value.subarray(start * 2, (start + 6) * 2)]).toEqual(ring.flat());
    });
  });

  it('covers every cell exactly with triangles of its own ring', () => {
    const cells = [...hexagons, getPentagons(8)[0]!];
    const g = cellGeometry(cells);
    const positions = g.attributes.getPolygon.value;
    // A pentagon has five vertices and three triangles; the hexagons six and four.
    expect(g.startIndices[4]! - g.startIndices[3]!).toBe(5);
    expect(g.attributes.indices.length).toBe((3 * 4 + 3) * 3);
    let t = 0;
    cells.forEach((cell, i) => {
      const start = g.startIndices[i]!;
      const end = g.startIndices[i + 1]!;
      let covered = 0;
      for (let k = 0; k < end - start - 2; k++, t += 3) {
        const [a, b, c] = [g.attributes.indices[t]!, g.attributes.indices[t + 1]!, g.attributes.indices[t + 2]!];
        for (const v of [a, b, c]) expect(v >= start && v < end).toBe(true);
        covered += triangleArea(positions, a, b, c);
      }
      const ring = cellToBoundary(cell).map(([lat, lon]) => [lon, lat] as [number, number]);
      expect(covered).toBeCloseTo(ringArea(ring), 12);
    });
    expect(t).toBe(g.attributes.indices.length);
  });

  it('builds once per cell array, so the grid layers share one geometry', () => {
    expect(cellGeometry(hexagons)).toBe(cellGeometry(hexagons));
    expect(cellGeometry([...hexagons])).not.toBe(cellGeometry(hexagons));
  });
});
