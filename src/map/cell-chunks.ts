import { type CellGeometry, writeFan } from './cell-geometry.ts';

/**
 * The cells of a geometry in square blocks of the map, each with its own polygons, so a zoomed-in
 * map draws only the blocks in view. deck.gl runs every vertex of a layer through its shader each
 * frame, on or off screen; without a GPU that is most of a frame, and at a regional zoom (9–10)
 * a tenth to a third of the country is in view.
 */
export interface CellChunk {
  geometry: CellGeometry;
  /** The dense index (in the whole geometry) of each of the chunk's cells. */
  cells: Uint32Array;
  /** [west, south, east, north] of the chunk's vertices, in degrees. */
  bounds: [number, number, number, number];
}

/** Block size in degrees: about 27 × 28 km in the Netherlands, some 60 blocks with cells. */
const CHUNK_LON = 0.4;
const CHUNK_LAT = 0.25;

/** The chunks of a geometry, built once per geometry. */
export function cellChunks(geometry: CellGeometry): readonly CellChunk[] {
  const cached = chunksOf.get(geometry);
  if (cached) return cached;
  const chunks = buildChunks(geometry);
  chunksOf.set(geometry, chunks);
  return chunks;
}

const chunksOf = new WeakMap<CellGeometry, readonly CellChunk[]>();

function buildChunks(geometry: CellGeometry): CellChunk[] {
  const positions = geometry.attributes.getPolygon.value;
  const { startIndices } = geometry;
  // A cell belongs to the block of its first vertex: blocks overlap by at most a cell.
  const members = new Map<string, number[]>();
  for (let cell = 0; cell < geometry.length; cell++) {
    const v = startIndices[cell]!;
    const key = `${Math.floor(positions[v * 2]! / CHUNK_LON)}:${Math.floor(positions[v * 2 + 1]! / CHUNK_LAT)}`;
    const list = members.get(key);
    if (list) list.push(cell);
    else members.set(key, [cell]);
  }
  return [...members.values()].map((cells) => chunkOf(geometry, cells));
}

function chunkOf(geometry: CellGeometry, cells: readonly number[]): CellChunk {
  const source = geometry.attributes.getPolygon.value;
  const { startIndices } = geometry;
  const starts = new Uint32Array(cells.length + 1);
  let triangles = 0;
  cells.forEach((cell, i) => {
    const n = startIndices[cell + 1]! - startIndices[cell]!;
    starts[i + 1] = starts[i]! + n;
    triangles += n - 2;
  });
  const positions = new Float64Array(starts[cells.length]! * 2);
  const indices = new Uint32Array(triangles * 3);
  const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  let t = 0;
  cells.forEach((cell, i) => {
    const from = startIndices[cell]!;
    const n = startIndices[cell + 1]! - from;
    const start = starts[i]!;
    positions.set(source.subarray(from * 2, (from + n) * 2), start * 2);
    for (let j = 0; j < n; j++) {
      const lon = source[(from + j) * 2]!;
      const lat = source[(from + j) * 2 + 1]!;
      bounds[0] = Math.min(bounds[0], lon);
      bounds[1] = Math.min(bounds[1], lat);
      bounds[2] = Math.max(bounds[2], lon);
      bounds[3] = Math.max(bounds[3], lat);
    }
    t = writeFan(indices, t, start, n);
  });
  return {
    geometry: {
      length: cells.length,
      startIndices: starts,
      attributes: { getPolygon: { value: positions, size: 2 }, indices },
    },
    cells: Uint32Array.from(cells),
    bounds,
  };
}

/** Whether a chunk reaches into [west, south, east, north] (a viewport's bounds). */
export function chunkInView(chunk: CellChunk, [west, south, east, north]: readonly number[]): boolean {
  const [w, s, e, n] = chunk.bounds;
  return w <= east! && e >= west! && s <= north! && n >= south!;
}
