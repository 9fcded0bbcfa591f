import { describe, expect, it } from 'vitest';
import { nearestCell } from './nearest-cell.ts';

describe('nearestCell', () => {
  const lon = Float32Array.from([5.0, 5.01, 5.1]);
  const lat = Float32Array.from([52.0, 52.0, 52.0]);
  it('picks the closest centre within the limit', () => {
    expect(nearestCell(5.008, 52.0, lon, lat)).toBe(1);
    expect(nearestCell(5.002, 52.0, lon, lat)).toBe(0);
  });
  it('returns -1 when nothing lies within maxKm', () => {
    expect(nearestCell(5.5, 52.0, lon, lat)).toBe(-1);
    expect(nearestCell(5.05, 52.0, lon, lat, 1)).toBe(-1);
  });
});
