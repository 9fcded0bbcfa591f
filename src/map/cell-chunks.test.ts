import { gridDisk, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { cellChunks, chunkInView } from './cell-chunks.ts';
import { cellGeometry } from './cell-geometry.ts';

// Res-8 cells from Zwolle over some 40 km: several blocks.
const cells = gridDisk(latLngToCell(52.51, 6.09, 8), 25);
const whole = cellGeometry(cells);
const chunks = cellChunks(whole);

function ring(geometry: typeof whole, i: number): number[] {
  const { startIndices, attributes } = geometry;
  return [...attributes.getPolygon.value.subarray(startIndices[i]! * 2, startIndices[i + 1]! * 2)];
}

describe('cellChunks', () => {
  it('puts every cell in exactly one chunk, with its own ring and a fan over it', () => {
    expect(chunks.length).toBeGreaterThan(2);
    const seen = new Uint8Array(cells.length);
    for (const chunk of chunks) {
      expect(chunk.geometry.length).toBe(chunk.cells.length);
      chunk.cells.forEach((cell, local) => {
        seen[cell]!++;
        expect(ring(chunk.geometry, local)).toEqual(ring(whole, cell));
      });
      const vertices = chunk.geometry.startIndices[chunk.geometry.length]!;
      expect(chunk.geometry.attributes.indices.length).toBe((vertices - 2 * chunk.geometry.length) * 3);
      expect(Math.max(...chunk.geometry.attributes.indices)).toBe(vertices - 1);
    }
    expect([...seen].every((n) => n === 1)).toBe(true);
  });

  it('bounds each chunk by its vertices', () => {
    for (const chunk of chunks) {
      const positions = chunk.geometry.attributes.getPolygon.value;
      const lons = positions.filter((_, i) => i % 2 === 0);
      const lats = positions.filter((_, i) => i % 2 === 1);
      expect(chunk.bounds).toEqual([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]);
    }
  });

  it('is built once per geometry', () => {
    expect(cellChunks(whole)).toBe(chunks);
  });
});

describe('chunkInView', () => {
  const chunk = { ...chunks[0]!, bounds: [5, 52, 6, 53] as [number, number, number, number] };
  it('keeps a chunk that overlaps or touches the view, and drops one beside it', () => {
    expect(chunkInView(chunk, [5.5, 52.5, 7, 54])).toBe(true);
    expect(chunkInView(chunk, [4, 51, 8, 54])).toBe(true);
    expect(chunkInView(chunk, [6, 51, 7, 52])).toBe(true);
    expect(chunkInView(chunk, [6.01, 52, 7, 53])).toBe(false);
    expect(chunkInView(chunk, [5, 53.01, 6, 54])).toBe(false);
  });
});
