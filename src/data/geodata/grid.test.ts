import { describe, expect, it } from 'vitest';
import { JAREN } from '../../engine/population/years.ts';
import { GeodataError } from './errors.ts';
import { decodeGrid, encodeGrid, GRID_NO_GEMEENTE, gridCellH3 } from './grid.ts';
import type { Grid } from './types.ts';

function sampleGrid(): Grid {
  const pop = Float32Array.from([10.5, 0, 3.25]);
  return {
    count: 3,
    resolution: 8,
    // 881f1d4a9bfffff, 881f1d4a9dfffff, 881f1d4ab5fffff split into 32-bit halves.
    h3Hi: Uint32Array.from([0x0881f1d4, 0x0881f1d4, 0x0881f1d4]),
    h3Lo: Uint32Array.from([0xa9bfffff, 0xa9dfffff, 0xab5fffff]),
    lon: Float32Array.from([4.9, 4.91, 4.92]),
    lat: Float32Array.from([52.37, 52.38, 52.39]),
    pop,
    gemeente: Uint16Array.from([0, 5, GRID_NO_GEMEENTE]),
    popByYear: { 2021: pop, 2026: Float32Array.from([8, 1.5, 2]), 2031: Float32Array.from([6.25, 2, 0]) },
  };
}

describe('grid.bin encoding', () => {
  it('round-trips every array exactly', () => {
    const grid = sampleGrid();
    const decoded = decodeGrid(encodeGrid(grid).buffer as ArrayBuffer);
    expect(decoded.count).toBe(3);
    expect(decoded.resolution).toBe(8);
    for (const key of ['h3Hi', 'h3Lo', 'lon', 'lat', 'pop', 'gemeente'] as const) {
      expect(Array.from(decoded[key])).toEqual(Array.from(grid[key]));
    }
    for (const jaar of JAREN) expect(Array.from(decoded.popByYear[jaar])).toEqual(Array.from(grid.popByYear[jaar]));
    // The counted year is `pop` itself, so older readers of grid.pop see 2021.
    expect(decoded.popByYear[2021]).toBe(decoded.pop);
    expect(gridCellH3(decoded, 0)).toBe('881f1d4a9bfffff');
  });

  it('returns zero-copy views into an ArrayBuffer', () => {
    const buffer = encodeGrid(sampleGrid()).buffer as ArrayBuffer;
    const decoded = decodeGrid(buffer);
    expect(decoded.pop.buffer).toBe(buffer);
    expect(decoded.gemeente.buffer).toBe(buffer);
    expect(decoded.popByYear[2031].buffer).toBe(buffer);
  });

  it('copies when handed a misaligned view, with the same result', () => {
    const bytes = encodeGrid(sampleGrid());
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const decoded = decodeGrid(shifted.subarray(1));
    expect(Array.from(decoded.pop)).toEqual([10.5, 0, 3.25]);
  });

  it('rejects a truncated file, naming the file', () => {
    const bytes = encodeGrid(sampleGrid());
    expect(() => decodeGrid(bytes.slice(0, bytes.length - 2))).toThrow(GeodataError);
    try {
      decodeGrid(bytes.slice(0, bytes.length - 2));
    } catch (error) {
      expect((error as GeodataError).file).toBe('grid.bin');
      expect((error as GeodataError).reason).toMatch(/truncated or corrupt/);
    }
  });

  it('rejects a file that is not a grid', () => {
    expect(() => decodeGrid(new TextEncoder().encode('{"not":"a grid"}'))).toThrow(/not a grid file/);
    expect(() => decodeGrid(new Uint8Array(4))).toThrow(/shorter than its 16-byte header/);
  });

  it('rejects cells out of H3 order (corrupt index)', () => {
    const grid = sampleGrid();
    grid.h3Lo = Uint32Array.from([0xab5fffff, 0xa9dfffff, 0xa9bfffff]);
    expect(() => decodeGrid(encodeGrid(grid))).toThrow(/out of order/);
  });

  it('rejects a negative population, in any year', () => {
    const grid = sampleGrid();
    grid.pop[1] = -1;
    expect(() => decodeGrid(encodeGrid(grid))).toThrow(/invalid population -1 in 2021/);
    const later = sampleGrid();
    later.popByYear[2031][2] = Number.NaN;
    expect(() => decodeGrid(encodeGrid(later))).toThrow(/cell 2 has an invalid population NaN in 2031/);
  });

  it('refuses to encode a grid whose counted year is not pop, or a year of the wrong length', () => {
    const grid = sampleGrid();
    expect(() => encodeGrid({ ...grid, popByYear: { ...grid.popByYear, 2021: grid.pop.slice() } })).toThrow(
      /popByYear\[2021\] must be pop/,
    );
    expect(() => encodeGrid({ ...grid, popByYear: { ...grid.popByYear, 2026: new Float32Array(2) } })).toThrow(
      /popByYear\[2026\] has 2 entries/,
    );
  });

  it('rejects a file of the previous format version', () => {
    const bytes = encodeGrid(sampleGrid());
    new DataView(bytes.buffer).setUint32(4, 1, true);
    expect(() => decodeGrid(bytes)).toThrow(/format version 1; this app reads version 2/);
  });
});
