import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { polygonsOf } from './geojson.ts';

type BBox = [number, number, number, number];

function bboxOf(geometry: Polygon | MultiPolygon): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygonsOf(geometry)) {
    for (const [x, y] of polygon[0]) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}

/**
 * Point-in-polygon lookup over a list of polygons: a bounding-box filter, then turf's exact
 * test. When polygons overlap, the lowest index wins, so the answer is deterministic.
 */
export class PolygonIndex {
  private readonly boxes: BBox[];

  constructor(private readonly geometries: readonly (Polygon | MultiPolygon)[]) {
    this.boxes = geometries.map(bboxOf);
  }

  /** Index of the first polygon containing the point (boundary counts as inside), or -1. */
  find(lon: number, lat: number): number {
    for (let i = 0; i < this.geometries.length; i++) {
      const [minX, minY, maxX, maxY] = this.boxes[i];
      if (lon < minX || lon > maxX || lat < minY || lat > maxY) continue;
      if (booleanPointInPolygon([lon, lat], this.geometries[i])) return i;
    }
    return -1;
  }

  contains(lon: number, lat: number): boolean {
    return this.find(lon, lat) !== -1;
  }
}
