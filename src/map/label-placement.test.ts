import { describe, expect, it } from 'vitest';
import { type LabelBox, labelMinZooms } from './label-placement.ts';

const box = (lon: number, lat: number, width = 80, height = 16): LabelBox => ({ lon, lat, width, height });

describe('labelMinZooms', () => {
  it('shows the most important label from the start', () => {
    expect(labelMinZooms([box(5, 52)], 4, 3)).toEqual([3]);
  });

  it('shows a far-away label as early as the first', () => {
    expect(labelMinZooms([box(4.9, 52.37), box(6.57, 53.22)], 4, 5)).toEqual([5, 5]);
  });

  it('delays a nearby label until the two no longer overlap', () => {
    const [, second] = labelMinZooms([box(4.9, 52.37), box(4.95, 52.37)], 0);
    // 0.05° of longitude is 0.05/360 of the world; 80 px of label width must fit in it.
    const expected = Math.log2(80 / (0.05 / 360) / 512);
    expect(second).toBeCloseTo(expected, 6);
  });

  it('is separated by either axis: stacked labels clear sooner than side-by-side ones', () => {
    const side = labelMinZooms([box(5, 52), box(5.02, 52)])[1];
    const stacked = labelMinZooms([box(5, 52), box(5, 51.988)])[1];
    expect(stacked).toBeLessThan(side);
  });

  it('ignores a label that is itself hidden at that zoom', () => {
    // b is hidden until late (it clashes with a); c, near b but clear of a, need not wait for b.
    const zooms = labelMinZooms([box(5, 52), box(5.01, 52), box(5.06, 52)], 0);
    expect(zooms[1]).toBeGreaterThan(zooms[2]);
  });

  it('never returns less than minZoom and keeps identical points hidden forever', () => {
    const zooms = labelMinZooms([box(5, 52), box(5, 52)], 4, 6);
    expect(zooms[0]).toBe(6);
    expect(zooms[1]).toBe(Infinity);
  });
});
