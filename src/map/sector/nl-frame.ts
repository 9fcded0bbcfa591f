/**
 * The frame of a small multiple: a fixed box around the Netherlands, drawn equirectangular with
 * the longitude squeezed by cos(52°) so the country keeps its shape. At thumbnail size that is
 * indistinguishable from the big map's Mercator, and it needs no projection library.
 */
export const NL_BOUNDS = { west: 3.2, east: 7.3, south: 50.7, north: 53.6 } as const;
const LON_SCALE = Math.cos((52 * Math.PI) / 180);

/** Height of a frame `width` pixels wide. */
export function frameHeight(width: number): number {
  const aspect = (NL_BOUNDS.north - NL_BOUNDS.south) / ((NL_BOUNDS.east - NL_BOUNDS.west) * LON_SCALE);
  return Math.round(width * aspect);
}

/** Pixel position of a point in a frame `width` × frameHeight(width). */
export function project(lon: number, lat: number, width: number): [number, number] {
  const height = frameHeight(width);
  const x = ((lon - NL_BOUNDS.west) / (NL_BOUNDS.east - NL_BOUNDS.west)) * width;
  const y = ((NL_BOUNDS.north - lat) / (NL_BOUNDS.north - NL_BOUNDS.south)) * height;
  return [x, y];
}

/** Per grid cell, the index of its pixel in the frame's RGBA buffer (÷4), or -1 outside it. */
export function cellPixels(lon: Float32Array, lat: Float32Array, width: number): Int32Array {
  const height = frameHeight(width);
  const out = new Int32Array(lon.length);
  for (let c = 0; c < lon.length; c++) {
    const [x, y] = project(lon[c], lat[c], width);
    const px = Math.floor(x);
    const py = Math.floor(y);
    out[c] = px >= 0 && px < width && py >= 0 && py < height ? py * width + px : -1;
  }
  return out;
}
