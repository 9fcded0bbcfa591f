/**
 * Which place labels fit at which zoom. deck.gl's CollisionFilterExtension would do this on the
 * GPU, but it fails in software WebGL (its uniform block does not validate under SwiftShader),
 * so the decluttering is computed once here: every label gets the lowest zoom from which it no
 * longer overlaps a label of a larger place.
 */

export interface LabelBox {
  lon: number;
  lat: number;
  /** Label width and height in screen pixels (font size times text length, roughly). */
  width: number;
  height: number;
}

/** Web Mercator x/y in [0, 1] (y downwards), as MapLibre projects. */
function mercator(lon: number, lat: number): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

/** MapLibre's world is 512 px wide at zoom 0. */
const TILE = 512;

/**
 * For boxes in priority order (most important first), the zoom from which each one can be shown
 * without overlapping any more important label that is shown at that zoom. `padding` pixels of
 * air are kept around every label. Conservative: a label hidden in a gap between two zooms
 * stays hidden until the higher one.
 */
export function labelMinZooms(boxes: readonly LabelBox[], padding = 4, minZoom = 0): number[] {
  const points = boxes.map((b) => mercator(b.lon, b.lat));
  const result: number[] = [];
  for (let i = 0; i < boxes.length; i++) {
    let zoom = minZoom;
    for (let j = 0; j < i; j++) {
      const dx = Math.abs(points[i][0] - points[j][0]);
      const dy = Math.abs(points[i][1] - points[j][1]);
      const needX = (boxes[i].width + boxes[j].width) / 2 + padding;
      const needY = (boxes[i].height + boxes[j].height) / 2 + padding;
      // Apart once either axis is far enough: scale = TILE * 2^z must reach the smaller need.
      const scale = Math.min(dx > 0 ? needX / dx : Infinity, dy > 0 ? needY / dy : Infinity);
      const clearFrom = Math.log2(scale / TILE);
      // j is only in the way while it is itself shown, i.e. from result[j] on.
      if (result[j] < clearFrom) zoom = Math.max(zoom, clearFrom);
    }
    result.push(zoom);
  }
  return result;
}
