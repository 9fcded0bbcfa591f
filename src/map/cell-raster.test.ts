import { gridDisk, gridDistance, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { cellGeometry } from './cell-geometry.ts';
import { CELL_RASTER_ZOOM, cellRaster, paintCellRaster } from './cell-raster.ts';

// A patch of res-8 cells around Zwolle, as the travel grid has them.
const cells = gridDisk(latLngToCell(52.51, 6.09, 8), 12);
const raster = cellRaster(cellGeometry(cells));
const scale = 512 * 2 ** CELL_RASTER_ZOOM;
const mercatorY = (lat: number) => 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);

/** Longitude and latitude of a texel's centre, from the bounds alone (as BitmapLayer places it). */
function texelCentre(column: number, row: number): [number, number] {
  const [west, south, east, north] = raster.bounds;
  const lon = west + ((column + 0.5) / raster.width) * (east - west);
  const y = mercatorY(north) + ((row + 0.5) / raster.height) * (mercatorY(south) - mercatorY(north));
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [lon, lat];
}

describe('cellRaster', () => {
  it('has square Web Mercator texels at its zoom, so BitmapLayer lays it on the map undistorted', () => {
    const [west, south, east, north] = raster.bounds;
    expect(((east - west) / 360) * scale).toBeCloseTo(raster.width, 6);
    expect((mercatorY(south) - mercatorY(north)) * scale).toBeCloseTo(raster.height, 6);
  });

  it('shows at each texel the cell H3 puts its centre in, but where a straight edge cuts a corner', () => {
    const index = new Map(cells.map((c, i) => [c, i]));
    let agree = 0;
    const neighbours: number[] = [];
    const rim: number[] = [];
    for (let row = 0; row < raster.height; row++) {
      for (let column = 0; column < raster.width; column++) {
        const [lon, lat] = texelCentre(column, row);
        const truth = latLngToCell(lat, lon, 8);
        const expected = index.get(truth) ?? -1;
        const drawn = raster.cellAt[row * raster.width + column]!;
        if (drawn === expected) agree++;
        else if (drawn >= 0 && expected >= 0) neighbours.push(gridDistance(cells[drawn]!, cells[expected]!));
        // At the rim of the patch, a texel just inside or outside its outermost ring.
        else rim.push(gridDistance(cells[0]!, truth));
      }
    }
    // H3 edges are straight in the gnomonic projection, the raster's in Mercator: only texels on
    // an edge may differ, and then only with the cell across it.
    expect(agree / raster.cellAt.length).toBeGreaterThan(0.99);
    expect(neighbours.every((d) => d === 1)).toBe(true);
    expect(rim.every((d) => d === 12 || d === 13)).toBe(true);
  });

  it('leaves no texel of the patch without a cell and gives every cell its texels', () => {
    const texelsPerCell = new Uint32Array(cells.length);
    for (const cell of raster.cellAt) if (cell >= 0) texelsPerCell[cell]!++;
    // A res-8 cell (~0.74 km²) is about 20 texels of ~190 m at this latitude.
    expect(Math.min(...texelsPerCell)).toBeGreaterThan(12);
    const [lon, lat] = texelCentre(Math.floor(raster.width / 2), Math.floor(raster.height / 2));
    expect(raster.cellAt[Math.floor(raster.height / 2) * raster.width + Math.floor(raster.width / 2)]).toBe(
      cells.indexOf(latLngToCell(lat, lon, 8)),
    );
  });

  it('is built once per geometry', () => {
    expect(cellRaster(cellGeometry(cells))).toBe(raster);
  });
});

describe('paintCellRaster', () => {
  it('colours each texel with its cell’s colour and leaves texels without a cell transparent', () => {
    const texels = paintCellRaster(raster, cells.length, (i) => [i % 256, 7, 9, 200]);
    for (let t = 0; t < raster.cellAt.length; t++) {
      const cell = raster.cellAt[t]!;
      const rgba = [...texels.subarray(t * 4, t * 4 + 4)];
      expect(rgba).toEqual(cell < 0 ? [0, 0, 0, 0] : [cell % 256, 7, 9, 200]);
    }
  });

  it('repaints into the buffer it is given', () => {
    const out = new Uint8Array(raster.width * raster.height * 4);
    expect(paintCellRaster(raster, cells.length, () => [1, 2, 3, 4], out)).toBe(out);
    expect(out[raster.cellAt.indexOf(0) * 4 + 3]).toBe(4);
  });
});
