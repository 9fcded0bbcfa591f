import { DEFAULT_JAAR, JAREN, type Jaar } from '../../engine/population/years.ts';
import { GeodataError } from './errors.ts';
import type { Grid } from './types.ts';

/** grid.bin layout (little-endian), see docs/geodata-format.md. */
export const GRID_MAGIC = 'RKG1';
export const GRID_FORMAT_VERSION = 2;
const GRID_HEADER_BYTES = 16;
/** gemeente value of a cell that lies in no gemeente. */
export const GRID_NO_GEMEENTE = 65535;
/** The years after the count, stored after the gemeente index (2021 is `pop`). */
const LATER_JAREN = JAREN.filter((j) => j !== DEFAULT_JAAR);

/** Offset of the later years' populations: after h3Hi, h3Lo, lon, lat, pop (4 bytes each) and gemeente (2), 4-aligned. */
function laterYearsOffset(count: number): number {
  return GRID_HEADER_BYTES + Math.ceil((count * (4 * 5 + 2)) / 4) * 4;
}

function gridByteLength(count: number): number {
  return laterYearsOffset(count) + LATER_JAREN.length * count * 4;
}

/** The H3 index of cell i as the hex string h3-js and deck.gl use. */
export function gridCellH3(grid: Grid, i: number): string {
  return grid.h3Hi[i].toString(16) + grid.h3Lo[i].toString(16).padStart(8, '0');
}

/** Serialises a grid; the inverse of decodeGrid. Used by the data build. */
export function encodeGrid(grid: Grid): Uint8Array {
  const n = grid.count;
  for (const [name, array] of Object.entries({
    h3Hi: grid.h3Hi,
    h3Lo: grid.h3Lo,
    lon: grid.lon,
    lat: grid.lat,
    pop: grid.pop,
    gemeente: grid.gemeente,
    ...Object.fromEntries(JAREN.map((j) => [`popByYear[${j}]`, grid.popByYear[j]])),
  })) {
    if (array.length !== n) throw new Error(`encodeGrid: ${name} has ${array.length} entries, expected ${n}`);
  }
  if (grid.popByYear[DEFAULT_JAAR] !== grid.pop)
    throw new Error(`encodeGrid: popByYear[${DEFAULT_JAAR}] must be pop itself`);
  const bytes = new Uint8Array(gridByteLength(n));
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = GRID_MAGIC.charCodeAt(i);
  view.setUint32(4, GRID_FORMAT_VERSION, true);
  view.setUint32(8, n, true);
  view.setUint32(12, grid.resolution, true);
  let offset = GRID_HEADER_BYTES;
  for (const array of [grid.h3Hi, grid.h3Lo]) {
    for (let i = 0; i < n; i++, offset += 4) view.setUint32(offset, array[i], true);
  }
  for (const array of [grid.lon, grid.lat, grid.pop]) {
    for (let i = 0; i < n; i++, offset += 4) view.setFloat32(offset, array[i], true);
  }
  for (let i = 0; i < n; i++, offset += 2) view.setUint16(offset, grid.gemeente[i], true);
  offset = laterYearsOffset(n);
  for (const jaar of LATER_JAREN) {
    const array = grid.popByYear[jaar];
    for (let i = 0; i < n; i++, offset += 4) view.setFloat32(offset, array[i], true);
  }
  return bytes;
}

const littleEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Decodes grid.bin. On little-endian hosts (every browser and Node platform we target) the
 * arrays are zero-copy views into `buf`; the buffer must then stay unmodified.
 */
export function decodeGrid(buf: ArrayBuffer | ArrayBufferView, file = 'grid.bin'): Grid {
  const bytes =
    buf instanceof ArrayBuffer ? new Uint8Array(buf) : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  if (bytes.byteLength < GRID_HEADER_BYTES) {
    throw new GeodataError(
      file,
      `is ${bytes.byteLength} bytes long, shorter than its ${GRID_HEADER_BYTES}-byte header`,
    );
  }
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== GRID_MAGIC)
    throw new GeodataError(file, `is not a grid file (starts with "${magic}", expected "${GRID_MAGIC}")`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== GRID_FORMAT_VERSION) {
    throw new GeodataError(file, `has format version ${version}; this app reads version ${GRID_FORMAT_VERSION}`);
  }
  const count = view.getUint32(8, true);
  const resolution = view.getUint32(12, true);
  if (resolution > 15) throw new GeodataError(file, `has H3 resolution ${resolution}; valid is 0–15`);
  const expected = gridByteLength(count);
  if (bytes.byteLength !== expected) {
    throw new GeodataError(
      file,
      `is ${bytes.byteLength} bytes long; ${count} cells need exactly ${expected} bytes (truncated or corrupt)`,
    );
  }

  // Typed-array views need aligned offsets; copy once when the caller's view is misaligned.
  const aligned = littleEndianHost && bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const base = aligned.buffer;
  const start = aligned.byteOffset + GRID_HEADER_BYTES;
  const u32 = (k: number) => readU32(base, start + k * count * 4, count, view, GRID_HEADER_BYTES + k * count * 4);
  const f32At = (at: number) => readF32(base, aligned.byteOffset + at, count, view, at);
  const f32 = (k: number) => f32At(GRID_HEADER_BYTES + k * count * 4);
  const pop = f32(4);
  const later = laterYearsOffset(count);
  const popByYear = Object.fromEntries(
    JAREN.map((jaar) => [jaar, jaar === DEFAULT_JAAR ? pop : f32At(later + LATER_JAREN.indexOf(jaar) * count * 4)]),
  ) as Record<Jaar, Float32Array>;
  const grid: Grid = {
    count,
    resolution,
    h3Hi: u32(0),
    h3Lo: u32(1),
    lon: f32(2),
    lat: f32(3),
    pop,
    gemeente: readU16(base, start + 5 * count * 4, count, view, GRID_HEADER_BYTES + 5 * count * 4),
    popByYear,
  };
  checkGrid(grid, file);
  return grid;
}

function readU32(base: ArrayBufferLike, at: number, n: number, view: DataView, viewAt: number): Uint32Array {
  if (littleEndianHost) return new Uint32Array(base, at, n);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = view.getUint32(viewAt + i * 4, true);
  return out;
}

function readF32(base: ArrayBufferLike, at: number, n: number, view: DataView, viewAt: number): Float32Array {
  if (littleEndianHost) return new Float32Array(base, at, n);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = view.getFloat32(viewAt + i * 4, true);
  return out;
}

function readU16(base: ArrayBufferLike, at: number, n: number, view: DataView, viewAt: number): Uint16Array {
  if (littleEndianHost) return new Uint16Array(base, at, n);
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) out[i] = view.getUint16(viewAt + i * 2, true);
  return out;
}

/** Cheap O(N) sanity checks that catch corruption the length check cannot. */
function checkGrid(grid: Grid, file: string): void {
  for (let i = 0; i < grid.count; i++) {
    if (i > 0) {
      const prevHi = grid.h3Hi[i - 1];
      const hi = grid.h3Hi[i];
      if (hi < prevHi || (hi === prevHi && grid.h3Lo[i] <= grid.h3Lo[i - 1])) {
        throw new GeodataError(file, `cell ${i} is out of order: cells must be sorted by H3 index without duplicates`);
      }
    }
    const lon = grid.lon[i];
    const lat = grid.lat[i];
    if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
      throw new GeodataError(file, `cell ${i} has an invalid centre (${lon}, ${lat})`);
    }
    for (const jaar of JAREN) {
      const pop = grid.popByYear[jaar][i];
      if (!(pop >= 0) || !Number.isFinite(pop))
        throw new GeodataError(file, `cell ${i} has an invalid population ${pop} in ${jaar}`);
    }
  }
}
