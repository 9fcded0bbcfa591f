import type { CellGeometry } from './cell-geometry.ts';
import type { Rgba } from './colors.ts';

/**
 * The hexagons of a cell list as an image, for zooms where a cell is a few pixels wide: there a
 * grid layer is one textured quad instead of ~56k polygons. Without a GPU (software WebGL on a
 * meeting-room PC or in the browser tests) a frame's cost is set by the triangles it sets up, not
 * by its pixels, and the polygons cost more than the whole rest of the map.
 *
 * Texels are square in Web Mercator at zoom `CELL_RASTER_ZOOM`, so the image lies on the map as
 * deck.gl's BitmapLayer draws it (linear in Mercator). Each texel shows the cell that contains its
 * centre, as the GPU fills a pixel whose centre lies in a triangle; below that zoom a texel is at
 * most a screen pixel, so the image is as sharp as the polygons it stands in for.
 */
export const CELL_RASTER_ZOOM = 8;

export interface CellRaster {
  width: number;
  height: number;
  /** [west, south, east, north] of the texel grid in degrees, as BitmapLayer takes it. */
  bounds: [number, number, number, number];
  /** Dense cell index at each texel, row 0 in the north; -1 where no cell is. */
  cellAt: Int32Array;
}

/** MapLibre's world size at zoom 0, in pixels (512-pixel tiles). */
const WORLD_TILE = 512;

function mercatorX(lon: number, scale: number): number {
  return ((lon + 180) / 360) * scale;
}

function mercatorY(lat: number, scale: number): number {
  const phi = (lat * Math.PI) / 180;
  return (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * scale;
}

function latitudeAt(y: number, scale: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / scale))) * 180) / Math.PI;
}

/** The raster of a geometry, built once per geometry (and so once per cell list). */
export function cellRaster(geometry: CellGeometry): CellRaster {
  const cached = rasters.get(geometry);
  if (cached) return cached;
  const raster = buildRaster(geometry, WORLD_TILE * 2 ** CELL_RASTER_ZOOM);
  rasters.set(geometry, raster);
  return raster;
}

const rasters = new WeakMap<CellGeometry, CellRaster>();

function buildRaster(geometry: CellGeometry, scale: number): CellRaster {
  const positions = geometry.attributes.getPolygon.value;
  const vertexCount = positions.length / 2;
  // Texel coordinates of every vertex, and the grid around them with a texel to spare.
  const xs = new Float64Array(vertexCount);
  const ys = new Float64Array(vertexCount);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let v = 0; v < vertexCount; v++) {
    xs[v] = mercatorX(positions[v * 2]!, scale);
    ys[v] = mercatorY(positions[v * 2 + 1]!, scale);
    minX = Math.min(minX, xs[v]!);
    maxX = Math.max(maxX, xs[v]!);
    minY = Math.min(minY, ys[v]!);
    maxY = Math.max(maxY, ys[v]!);
  }
  if (vertexCount === 0) return { width: 0, height: 0, bounds: [0, 0, 0, 0], cellAt: new Int32Array(0) };
  const x0 = Math.floor(minX) - 1;
  const y0 = Math.floor(minY) - 1;
  const width = Math.ceil(maxX) + 1 - x0;
  const height = Math.ceil(maxY) + 1 - y0;
  for (let v = 0; v < vertexCount; v++) {
    xs[v] = xs[v]! - x0;
    ys[v] = ys[v]! - y0;
  }
  const cellAt = new Int32Array(width * height).fill(-1);
  const { startIndices } = geometry;
  for (let cell = 0; cell < geometry.length; cell++) {
    fillRing(cellAt, width, xs, ys, startIndices[cell]!, startIndices[cell + 1]!, cell);
  }
  const west = (x0 / scale) * 360 - 180;
  const east = ((x0 + width) / scale) * 360 - 180;
  return { width, height, bounds: [west, latitudeAt(y0 + height, scale), east, latitudeAt(y0, scale)], cellAt };
}

/**
 * Writes `cell` into every texel whose centre lies in the convex ring of vertices [from, to).
 * Each row and column range is half-open, so neighbours sharing an edge never both take a texel
 * and leave none between them.
 */
function fillRing(
  cellAt: Int32Array,
  width: number,
  xs: Float64Array,
  ys: Float64Array,
  from: number,
  to: number,
  cell: number,
): void {
  let top = Infinity;
  let bottom = -Infinity;
  for (let v = from; v < to; v++) {
    top = Math.min(top, ys[v]!);
    bottom = Math.max(bottom, ys[v]!);
  }
  for (let row = Math.ceil(top - 0.5); row < Math.ceil(bottom - 0.5); row++) {
    const centre = row + 0.5;
    let left = Infinity;
    let right = -Infinity;
    for (let v = from; v < to; v++) {
      const w = v + 1 < to ? v + 1 : from;
      const ya = ys[v]!;
      const yb = ys[w]!;
      if (ya <= centre === yb <= centre) continue;
      const x = xs[v]! + ((centre - ya) * (xs[w]! - xs[v]!)) / (yb - ya);
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
    const offset = row * width;
    for (let column = Math.ceil(left - 0.5); column < Math.ceil(right - 0.5); column++) cellAt[offset + column] = cell;
  }
}

/** The raster's RGBA texels for a colour per cell, written into `out` (reused between calls). */
export function paintCellRaster(
  raster: CellRaster,
  cellCount: number,
  colourOf: (index: number) => Rgba,
  out: Uint8Array = new Uint8Array(raster.width * raster.height * 4),
): Uint8Array {
  // One colour per cell first: the accessor runs ~56k times instead of once per texel.
  const colours = new Uint32Array(cellCount);
  const bytes = new Uint8Array(colours.buffer);
  for (let i = 0; i < cellCount; i++) {
    const [r, g, b, a] = colourOf(i);
    bytes[i * 4] = r;
    bytes[i * 4 + 1] = g;
    bytes[i * 4 + 2] = b;
    bytes[i * 4 + 3] = a;
  }
  const texels = new Uint32Array(out.buffer, out.byteOffset, raster.width * raster.height);
  const { cellAt } = raster;
  for (let t = 0; t < texels.length; t++) {
    const cell = cellAt[t]!;
    texels[t] = cell < 0 ? 0 : colours[cell]!;
  }
  return out;
}
