import { describe, expect, it } from 'vitest';
import { cellPixels, frameHeight, NL_BOUNDS, project } from './nl-frame.ts';

describe('small-multiple frame', () => {
  it('keeps the Netherlands taller than wide, like the real country', () => {
    expect(frameHeight(150)).toBeGreaterThan(150);
    expect(frameHeight(150)).toBeLessThan(220);
  });

  it('puts the corners of the bounds at the corners of the frame', () => {
    expect(project(NL_BOUNDS.west, NL_BOUNDS.north, 150)).toEqual([0, 0]);
    const [x, y] = project(NL_BOUNDS.east, NL_BOUNDS.south, 150);
    expect(x).toBeCloseTo(150);
    expect(y).toBeCloseTo(frameHeight(150));
  });

  it('maps cells to pixel indices, and cells outside the frame to -1', () => {
    // Utrecht, and a point in the North Sea west of the frame
    const pixels = cellPixels(Float32Array.of(5.12, 2.0), Float32Array.of(52.09, 52.0), 150);
    const [x, y] = project(5.12, 52.09, 150);
    expect(pixels[0]).toBe(Math.floor(y) * 150 + Math.floor(x));
    expect(pixels[1]).toBe(-1);
  });
});
