import { h3IndexToSplitLong, latLngToCell } from 'h3-js';
import type { Grid } from '../../data/geodata/index.ts';

/**
 * The dense index of the grid cell under a point, or -1 when the point lies in no grid cell
 * (water, abroad). grid.bin is sorted by H3 index (high half, then low half), so this is one
 * h3-js call and a binary search: no GPU picking of ~56k hexagons, which in software WebGL
 * takes long enough to swallow the click.
 */
export function cellIndexAt(
  grid: Pick<Grid, 'count' | 'resolution' | 'h3Hi' | 'h3Lo'>,
  lon: number,
  lat: number,
): number {
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || lat < -90 || lat > 90) return -1;
  const [lo, hi] = h3IndexToSplitLong(latLngToCell(lat, lon, grid.resolution));
  let low = 0;
  let high = grid.count - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const midHi = grid.h3Hi[mid];
    const midLo = grid.h3Lo[mid];
    if (midHi === hi && midLo === lo) return mid;
    if (midHi < hi || (midHi === hi && midLo < lo)) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** [west, south, east, north] around every cell centre, with a margin of about one cell. */
export function gridExtent(grid: Pick<Grid, 'count' | 'lon' | 'lat'>): [number, number, number, number] {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (let i = 0; i < grid.count; i++) {
    west = Math.min(west, grid.lon[i]);
    east = Math.max(east, grid.lon[i]);
    south = Math.min(south, grid.lat[i]);
    north = Math.max(north, grid.lat[i]);
  }
  const margin = 0.01;
  return [west - margin, south - margin, east + margin, north + margin];
}
