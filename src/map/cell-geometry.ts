import { cellToBoundary } from 'h3-js';

/**
 * The hexagons of a cell list as deck.gl binary polygon data: flat lon/lat positions, where each
 * cell's ring starts, and its triangles. Handing deck.gl this instead of H3 strings skips its
 * per-object work (h3 boundary, normalisation and earcut for every cell), which cost about 1.9 s
 * of main thread on the first grid layer; this builds the same rings in about 0.3 s, once.
 */
export interface CellGeometry {
  length: number;
  /** Ring start of cell i, in vertices; `startIndices[length]` is the vertex count. */
  startIndices: Uint32Array;
  attributes: {
    /** [lon, lat] per vertex, double precision (the layer's 64-bit positions). */
    getPolygon: { value: Float64Array; size: 2 };
    /** Three vertex indices per triangle, a fan per ring (H3 cells are convex). */
    indices: Uint32Array;
  };
}

/**
 * The geometry of `cells`, built once per array and shared by every grid layer: the travel
 * field, the delta, the travel change, the white spots and the catchment draw the same cells.
 */
export function cellGeometry(cells: readonly string[]): CellGeometry {
  const cached = geometries.get(cells);
  if (cached) return cached;
  // H3 boundaries have 6 vertices (5 for pentagons, up to 10 where a cell crosses an icosahedron
  // edge), so the arrays are sized after reading them rather than assuming six.
  const boundaries = cells.map((cell) => cellToBoundary(cell));
  const startIndices = new Uint32Array(cells.length + 1);
  let triangleCount = 0;
  for (let i = 0; i < boundaries.length; i++) {
    const n = boundaries[i]!.length;
    startIndices[i + 1] = startIndices[i]! + n;
    triangleCount += n - 2;
  }
  const positions = new Float64Array(startIndices[cells.length]! * 2);
  const indices = new Uint32Array(triangleCount * 3);
  let t = 0;
  for (let i = 0; i < boundaries.length; i++) {
    const ring = boundaries[i]!;
    const start = startIndices[i]!;
    for (let j = 0; j < ring.length; j++) {
      const [lat, lon] = ring[j]!;
      positions[(start + j) * 2] = lon;
      positions[(start + j) * 2 + 1] = lat;
    }
    t = writeFan(indices, t, start, ring.length);
  }
  const geometry = {
    length: cells.length,
    startIndices,
    attributes: { getPolygon: { value: positions, size: 2 as const }, indices },
  };
  geometries.set(cells, geometry);
  return geometry;
}

/**
 * Writes the triangle fan of a ring of `n` vertices from `start` into `indices` at `t` (H3 cells
 * are convex) and returns where the next ring's triangles go.
 */
export function writeFan(indices: Uint32Array, t: number, start: number, n: number): number {
  let next = t;
  for (let j = 1; j < n - 1; j++) {
    indices[next++] = start;
    indices[next++] = start + j;
    indices[next++] = start + j + 1;
  }
  return next;
}

const geometries = new WeakMap<readonly string[], CellGeometry>();
