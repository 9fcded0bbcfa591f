import { cellToLatLng, h3IndexToSplitLong, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { buildCellList } from './cell-list.ts';

describe('buildCellList', () => {
  it('rebuilds each H3 index from its two 32-bit halves, in dense order', () => {
    const cells = [latLngToCell(52.09, 5.12, 8), latLngToCell(53.22, 6.57, 8), latLngToCell(51.44, 3.6, 8)];
    const halves = cells.map((c) => h3IndexToSplitLong(c));
    const grid = {
      count: cells.length,
      h3Lo: Uint32Array.from(halves.map(([lo]) => lo)),
      h3Hi: Uint32Array.from(halves.map(([, hi]) => hi)),
    };
    const list = buildCellList(grid);
    expect(list).toEqual(cells);
    const [lat, lon] = cellToLatLng(list[1]);
    expect(lat).toBeCloseTo(53.22, 2);
    expect(lon).toBeCloseTo(6.57, 2);
  });
});
