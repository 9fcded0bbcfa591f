import { interpolateViridis } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { BEYOND_LIMIT_COLOUR, travelBands, travelColourFor, UNREACHABLE_COLOUR } from './colour-scale.ts';

const hex = (rgba: number[]) =>
  `#${rgba
    .slice(0, 3)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;

describe('travelBands', () => {
  it('cuts the range into 15-minute bands up to the limit', () => {
    expect(travelBands(60).map((b) => [b.from, b.to])).toEqual([
      [0, 15],
      [15, 30],
      [30, 45],
      [45, 60],
    ]);
  });

  it('shortens the last band when the limit is not a multiple of 15', () => {
    expect(travelBands(50).map((b) => [b.from, b.to])).toEqual([
      [0, 15],
      [15, 30],
      [30, 45],
      [45, 50],
    ]);
    expect(travelBands(10).map((b) => [b.from, b.to])).toEqual([[0, 10]]);
  });

  it('runs from the bright to the dark end of viridis', () => {
    const bands = travelBands(45);
    expect(hex(bands[0].colour)).toBe(interpolateViridis(1));
    expect(hex(bands[1].colour)).toBe(interpolateViridis(0.5));
    expect(hex(bands[2].colour)).toBe(interpolateViridis(0));
  });

  it('gives stale bands neutral greys in the same lightness order', () => {
    const stale = travelBands(60).map((b) => b.staleColour);
    for (const [r, g, b] of stale) expect(r === g && g === b).toBe(true);
    for (let i = 1; i < stale.length; i++) expect(stale[i][0]).toBeLessThan(stale[i - 1][0]);
  });

  it('rejects a limit that is not a positive whole number', () => {
    expect(() => travelBands(0)).toThrow(/≥ 1/);
    expect(() => travelBands(12.5)).toThrow(/whole number/);
  });
});

describe('travelColourFor', () => {
  const SENTINEL = 65535;

  it('maps minutes to their band, with the limit itself in the last band', () => {
    const colour = travelColourFor(60, SENTINEL, false);
    const bands = travelBands(60);
    expect(colour(0)).toEqual(bands[0].colour);
    expect(colour(14)).toEqual(bands[0].colour);
    expect(colour(15)).toEqual(bands[1].colour);
    expect(colour(59)).toEqual(bands[3].colour);
    expect(colour(60)).toEqual(bands[3].colour);
  });

  it('veils cells beyond the limit and hides unreachable ones', () => {
    const colour = travelColourFor(45, SENTINEL, false);
    expect(colour(46)).toBe(BEYOND_LIMIT_COLOUR);
    expect(colour(SENTINEL)).toBe(UNREACHABLE_COLOUR);
    expect(UNREACHABLE_COLOUR[3]).toBe(0);
  });

  it('draws a stale field in grey', () => {
    const colour = travelColourFor(45, SENTINEL, true);
    const [r, g, b] = colour(20);
    expect(r === g && g === b).toBe(true);
  });
});
