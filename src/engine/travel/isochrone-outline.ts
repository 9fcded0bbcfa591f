import { cellToBoundary } from 'h3-js';

/** A line on the map: [lon, lat] points. Closed rings repeat their first point at the end. */
export type OutlinePath = [number, number][];

/**
 * Which hexagon edges the grid has and which two cells each one separates, built once per grid.
 * The isochrone is then the edges with one side within the limit and the other not: a pass over
 * the edges per field instead of tracing polygons with h3-js (`cellsToMultiPolygon` took
 * 0.4–0.6 s for a national field with 25k–40k cells inside; this, some tens of milliseconds).
 */
export interface OutlineTopology {
  cellCount: number;
  /** [lon, lat] of each distinct vertex. */
  vertices: Float64Array;
  /** The two vertices of each distinct edge. */
  edgeVertices: Uint32Array;
  /** The cells on either side of each edge; -1 for a side outside the grid. */
  edgeCells: Int32Array;
}

/**
 * Vertices are matched by position rounded to 1e-7° (about a centimetre): neighbouring cells
 * compute their shared corners separately, and they agree far more closely than that.
 */
const VERTEX_GRID = 1e7;

/** The topology of `cells` (H3 strings in dense-index order). */
export function outlineTopology(cells: readonly string[]): OutlineTopology {
  const vertexOf = new Map<string, number>();
  const vertices: number[] = [];
  const vertexId = (lat: number, lon: number): number => {
    const key = `${Math.round(lat * VERTEX_GRID)},${Math.round(lon * VERTEX_GRID)}`;
    let id = vertexOf.get(key);
    if (id === undefined) {
      id = vertices.length / 2;
      vertexOf.set(key, id);
      vertices.push(lon, lat);
    }
    return id;
  };
  const edgeOf = new Map<number, number>();
  const edgeVertices: number[] = [];
  const edgeCells: number[] = [];
  for (let cell = 0; cell < cells.length; cell++) {
    const ring = cellToBoundary(cells[cell]!).map(([lat, lon]) => vertexId(lat, lon));
    for (let j = 0; j < ring.length; j++) {
      const a = ring[j]!;
      const b = ring[(j + 1) % ring.length]!;
      // A key for the unordered pair; vertex ids stay far below 2^26, so the product is exact.
      const key = Math.min(a, b) * 2 ** 26 + Math.max(a, b);
      const edge = edgeOf.get(key);
      if (edge === undefined) {
        edgeOf.set(key, edgeCells.length / 2);
        edgeVertices.push(a, b);
        edgeCells.push(cell, -1);
      } else {
        edgeCells[edge * 2 + 1] = cell;
      }
    }
  }
  return {
    cellCount: cells.length,
    vertices: Float64Array.from(vertices),
    edgeVertices: Uint32Array.from(edgeVertices),
    edgeCells: Int32Array.from(edgeCells),
  };
}

/**
 * The isochrone at `limitMinutes`: the outer rings and holes of the set of cells reachable within
 * the limit, along hexagon edges, as closed paths. It runs in the isochrone worker
 * (workers/isochrone), which builds the topology once on `init`.
 */
export function isochroneOutline(
  topology: OutlineTopology,
  minutes: Uint16Array,
  limitMinutes: number,
  unreachable: number,
): OutlinePath[] {
  if (minutes.length !== topology.cellCount) {
    throw new Error(`isochroneOutline: the field has ${minutes.length} cells, the grid ${topology.cellCount}`);
  }
  const within = (cell: number) => cell >= 0 && minutes[cell] !== unreachable && minutes[cell]! <= limitMinutes;
  const { edgeVertices, edgeCells, vertices } = topology;
  // The boundary edges, listed per vertex: where three hexagons meet, either none or two of the
  // edges between them separate inside from outside, so each boundary vertex has two edges
  // (four only where two rings touch at a corner, which the walk below handles as well).
  const atVertex = new Map<number, number[]>();
  const boundary: number[] = [];
  for (let edge = 0; edge < edgeCells.length / 2; edge++) {
    if (within(edgeCells[edge * 2]!) === within(edgeCells[edge * 2 + 1]!)) continue;
    boundary.push(edge);
    for (const v of [edgeVertices[edge * 2]!, edgeVertices[edge * 2 + 1]!]) {
      const list = atVertex.get(v);
      if (list) list.push(edge);
      else atVertex.set(v, [edge]);
    }
  }
  const used = new Set<number>();
  const point = (v: number): [number, number] => [vertices[v * 2]!, vertices[v * 2 + 1]!];
  const paths: OutlinePath[] = [];
  for (const first of boundary) {
    if (used.has(first)) continue;
    const start = edgeVertices[first * 2]!;
    const path: OutlinePath = [point(start)];
    let edge = first;
    let at = start;
    // Walk edge to edge until the ring closes at its first vertex.
    while (!used.has(edge)) {
      used.add(edge);
      const a = edgeVertices[edge * 2]!;
      at = a === at ? edgeVertices[edge * 2 + 1]! : a;
      path.push(point(at));
      const next = atVertex.get(at)!.find((e) => !used.has(e));
      if (next === undefined) break;
      edge = next;
    }
    paths.push(path);
  }
  return paths;
}
