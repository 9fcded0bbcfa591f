import { describe, expect, it } from 'vitest';
import {
  MIN_SPAN_MINUTES,
  NO_CHANGE,
  STALE_CHANGE,
  travelChangeColour,
  travelChangeSpan,
} from './travel-change-colours.ts';

describe('travelChangeColour', () => {
  it('draws added minutes orange, saved minutes purple, and no change not at all', () => {
    const [r, g, b] = travelChangeColour(10, 20, false);
    expect(r > g && g > b).toBe(true);
    const [pr, pg, pb] = travelChangeColour(-10, 20, false);
    expect(pb > pg && pr > pg).toBe(true);
    expect(travelChangeColour(0, 20, false)).toBe(NO_CHANGE);
    expect(travelChangeColour(3, 20, true)).toBe(STALE_CHANGE);
  });

  it('darkens with the size of the change and clamps beyond the span', () => {
    const light = travelChangeColour(2, 20, false);
    const dark = travelChangeColour(20, 20, false);
    expect(dark[0] + dark[1] + dark[2]).toBeLessThan(light[0] + light[1] + light[2]);
    expect(travelChangeColour(40, 20, false)).toEqual(dark);
  });

  it('spans the largest change either way, at least a few minutes', () => {
    expect(travelChangeSpan(Int16Array.of(0, 3, -2))).toBe(MIN_SPAN_MINUTES);
    expect(travelChangeSpan(Int16Array.of(0, 12, -31))).toBe(31);
  });
});
