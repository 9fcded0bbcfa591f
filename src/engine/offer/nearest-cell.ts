/**
 * The grid cell whose centre is nearest to a point, for places that have no cell in
 * locations.json (PC4 pseudo-locations of an import). A linear scan over the cell centres: it
 * runs once per pseudo-location at import time (a few hundred at most), so an index would
 * cost more than it saves. Distances use an equirectangular approximation, which is exact
 * enough at 1 km scale in the Netherlands. Returns -1 when no centre lies within maxKm.
 */
export function nearestCell(lon: number, lat: number, cellLon: Float32Array, cellLat: Float32Array, maxKm = 2): number {
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  const ky = 110.57;
  let best = -1;
  let bestSq = maxKm * maxKm;
  for (let i = 0; i < cellLon.length; i += 1) {
    const dx = (cellLon[i] - lon) * kx;
    const dy = (cellLat[i] - lat) * ky;
    const sq = dx * dx + dy * dy;
    if (sq <= bestSq) {
      bestSq = sq;
      best = i;
    }
  }
  return best;
}
