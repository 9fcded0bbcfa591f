import '@vitest/web-worker';
import { afterEach, describe, expect, it } from 'vitest';
import { gridDisk, h3IndexToSplitLong, latLngToCell } from 'h3-js';
import { createIsochroneService, type IsochroneService } from './isochrone-client.ts';

const SENTINEL = 65535;
const cells = gridDisk(latLngToCell(52.09, 5.12, 8), 3);
const halves = cells.map((c) => h3IndexToSplitLong(c));
const grid = { h3Lo: Uint32Array.from(halves.map(([lo]) => lo)), h3Hi: Uint32Array.from(halves.map(([, hi]) => hi)) };
// gridDisk lists the centre first, then rings outward: 1 + 6 + 12 + 18 cells.
const minutes = Uint16Array.from(cells, (_, i) => (i === 0 ? 0 : i < 7 ? 10 : i < 19 ? 20 : 30));

let service: IsochroneService | null = null;
afterEach(() => service?.dispose());

describe('createIsochroneService (real worker)', () => {
  it('computes the outline in the worker and leaves the caller its field', async () => {
    service = createIsochroneService(grid);
    const paths = await service.outline(minutes, 10, SENTINEL);
    expect(paths).toHaveLength(1);
    expect(paths![0].length - 1).toBe(18); // a radius-1 disk has 18 outer hexagon edges
    expect(minutes.length).toBe(cells.length);
  });

  it('drops a waiting request that a newer one supersedes', async () => {
    service = createIsochroneService(grid);
    const first = service.outline(minutes, 0, SENTINEL);
    const superseded = service.outline(minutes, 10, SENTINEL);
    const newest = service.outline(minutes, 20, SENTINEL);
    expect((await first)![0].length - 1).toBe(6);
    expect(await superseded).toBeNull();
    expect((await newest)![0].length - 1).toBe(30);
  });

  it('reports a field that does not fit the grid as an error', async () => {
    service = createIsochroneService(grid);
    await expect(service.outline(new Uint16Array(3), 10, SENTINEL)).rejects.toThrow(/3 cells/);
  });
});
