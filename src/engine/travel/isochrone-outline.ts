import { cellsToMultiPolygon } from 'h3-js';

/** A line on the map: [lon, lat] points. Closed rings repeat their first point at the end. */
export type OutlinePath = [number, number][];

/**
 * The isochrone at `limitMinutes`: the outer rings and holes of the set of cells reachable within
 * the limit, as paths for a PathLayer. h3-js traces the boundary exactly along hexagon edges.
 * It costs 0.4–0.6 s for a national field on this machine class (measured in Node on the real
 * res-8 grid with 25k–40k cells inside), hence it runs in its own worker (workers/isochrone/isochrone.worker.ts),
 * never on the main thread.
 */
export function isochroneOutline(
  cells: readonly string[],
  minutes: Uint16Array,
  limitMinutes: number,
  unreachable: number,
): OutlinePath[] {
  if (minutes.length !== cells.length) {
    throw new Error(`isochroneOutline: the field has ${minutes.length} cells, the grid ${cells.length}`);
  }
  const inside: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const m = minutes[i];
    if (m !== unreachable && m <= limitMinutes) inside.push(cells[i]);
  }
  if (inside.length === 0) return [];
  const paths: OutlinePath[] = [];
  for (const polygon of cellsToMultiPolygon(inside, true)) {
    for (const ring of polygon) paths.push(ring as OutlinePath);
  }
  return paths;
}
