import '@vitest/web-worker';
import { gridDisk, h3IndexToSplitLong, latLngToCell } from 'h3-js';
import { afterEach, describe, expect, it } from 'vitest';
import { createIsochroneClient, type IsochroneClient } from './isochrone-client.ts';

const SENTINEL = 65535;
const cells = gridDisk(latLngToCell(52.09, 5.12, 8), 3);
const halves = cells.map((c) => h3IndexToSplitLong(c));
const grid = { h3Lo: Uint32Array.from(halves.map(([lo]) => lo)), h3Hi: Uint32Array.from(halves.map(([, hi]) => hi)) };
// gridDisk lists the centre first, then rings outward: 1 + 6 + 12 + 18 cells.
const minutes = Uint16Array.from(cells, (_, i) => (i === 0 ? 0 : i < 7 ? 10 : i < 19 ? 20 : 30));

let client: IsochroneClient | null = null;
afterEach(() => client?.terminate());

describe('isochrone client (real worker)', () => {
  it('computes the outline in the worker and leaves the caller its grid and field', async () => {
    client = createIsochroneClient(grid);
    const paths = await client.call('outline', [minutes, 10, SENTINEL]);
    expect(paths).toHaveLength(1);
    expect(paths[0].length - 1).toBe(18); // a radius-1 disk has 18 outer hexagon edges
    expect(minutes.length).toBe(cells.length);
    expect(grid.h3Lo.length).toBe(cells.length);
  });

  it('reports a field that does not fit the grid as an error', async () => {
    client = createIsochroneClient(grid);
    await expect(client.call('outline', [new Uint16Array(3), 10, SENTINEL])).rejects.toThrow(/3 cells/);
  });
});
