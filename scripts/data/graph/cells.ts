import { cellToParent, gridDisk, latLngToCell } from 'h3-js';
import type { Grid } from '../../../src/data/geodata/index.ts';
import { gridCellH3 } from '../../../src/data/geodata/index.ts';
import { haversineKm } from './geo.ts';

/**
 * H3 look-ups on a decoded grid: the only place of the graph build (and the CLI) that uses
 * h3-js, which works in strings and is far too slow for the search itself.
 */
export interface GridCells {
  grid: Grid;
  /** Dense index of an H3 cell string, or undefined when the cell is not on land. */
  indexOf(h3: string): number | undefined;
}

export interface CellAdjacency {
  /** Land neighbours (ring 1) of cell i: adjTargets[adjOffsets[i] .. adjOffsets[i+1]]. */
  adjOffsets: Int32Array;
  adjTargets: Int32Array;
}

export function indexGridCells(grid: Grid): GridCells {
  const byH3 = new Map<string, number>();
  for (let i = 0; i < grid.count; i++) byH3.set(gridCellH3(grid, i), i);
  return { grid, indexOf: (h3) => byH3.get(h3) };
}

/** Neighbour lists of every land cell, as CSR. Costs about 0.3 s for the national res-8 grid. */
export function cellAdjacency(cells: GridCells): CellAdjacency {
  const { grid } = cells;
  const adjOffsets = new Int32Array(grid.count + 1);
  const lists: number[] = [];
  for (let i = 0; i < grid.count; i++) {
    for (const h of gridDisk(gridCellH3(grid, i), 1)) {
      const j = cells.indexOf(h);
      if (j !== undefined && j !== i) lists.push(j);
    }
    adjOffsets[i + 1] = lists.length;
  }
  return { adjOffsets, adjTargets: Int32Array.from(lists) };
}

export interface Snap {
  cell: number;
  /** Distance from the point to the cell's centre, km. */
  km: number;
  /** True when the point's own H3 cell is a land cell. */
  onLand: boolean;
}

/**
 * The land cell nearest to a point, searching rings around its own H3 cell up to `maxKm`;
 * null when none is that close.
 */
export function snapToLand(cells: GridCells, lon: number, lat: number, maxKm: number): Snap | null {
  const { grid } = cells;
  const own = latLngToCell(lat, lon, grid.resolution);
  const ownIndex = cells.indexOf(own);
  if (ownIndex !== undefined) {
    return { cell: ownIndex, km: haversineKm(lon, lat, grid.lon[ownIndex], grid.lat[ownIndex]), onLand: true };
  }
  // Ring k's centres lie at least about 0.85 * k * spacing away; search one ring past maxKm.
  const spacingKm = Math.sqrt(3) * edgeLengthKm(grid.resolution);
  const rings = Math.ceil(maxKm / (0.85 * spacingKm)) + 1;
  let best: Snap | null = null;
  for (const h of gridDisk(own, rings)) {
    const i = cells.indexOf(h);
    if (i === undefined) continue;
    const km = haversineKm(lon, lat, grid.lon[i], grid.lat[i]);
    if (km <= maxKm && (best === null || km < best.km || (km === best.km && i < best.cell)))
      best = { cell: i, km, onLand: false };
  }
  return best;
}

/** Average H3 hexagon edge length in km per resolution (h3 documentation), for ring counts. */
function edgeLengthKm(resolution: number): number {
  return 1281.256011 / Math.sqrt(7) ** resolution;
}

/**
 * Coarser "bus zones": the parents of the land cells at a lower H3 resolution, with the mean
 * centre of their land children. Two zones are neighbours when some of their land cells are:
 * H3 adjacency of the parents alone would let buses jump narrow water such as the Marsdiep.
 */
export interface BusZones {
  count: number;
  /** Zone index of every land cell. */
  zoneOf: Int32Array;
  lon: Float64Array;
  lat: Float64Array;
  adjOffsets: Int32Array;
  adjTargets: Int32Array;
}

export function busZones(cells: GridCells, adjacency: CellAdjacency, resolution: number): BusZones {
  const { grid } = cells;
  if (resolution > grid.resolution)
    throw new RangeError(`bus zone resolution ${resolution} is finer than the grid's ${grid.resolution}`);
  const zoneIndex = new Map<string, number>();
  const zoneOf = new Int32Array(grid.count);
  const parents: string[] = [];
  for (let i = 0; i < grid.count; i++) {
    const parent = cellToParent(gridCellH3(grid, i), resolution);
    let z = zoneIndex.get(parent);
    if (z === undefined) {
      z = parents.length;
      zoneIndex.set(parent, z);
      parents.push(parent);
    }
    zoneOf[i] = z;
  }
  const count = parents.length;
  const lon = new Float64Array(count);
  const lat = new Float64Array(count);
  const members = new Int32Array(count);
  for (let i = 0; i < grid.count; i++) {
    lon[zoneOf[i]] += grid.lon[i];
    lat[zoneOf[i]] += grid.lat[i];
    members[zoneOf[i]]++;
  }
  for (let z = 0; z < count; z++) {
    lon[z] /= members[z];
    lat[z] /= members[z];
  }
  const neighbours: Set<number>[] = Array.from({ length: count }, () => new Set<number>());
  for (let i = 0; i < grid.count; i++) {
    for (let e = adjacency.adjOffsets[i]; e < adjacency.adjOffsets[i + 1]; e++) {
      const y = zoneOf[adjacency.adjTargets[e]];
      if (y !== zoneOf[i]) neighbours[zoneOf[i]].add(y);
    }
  }
  const adjOffsets = new Int32Array(count + 1);
  const lists: number[] = [];
  for (let z = 0; z < count; z++) {
    lists.push(...[...neighbours[z]].sort((a, b) => a - b));
    adjOffsets[z + 1] = lists.length;
  }
  return { count, zoneOf, lon, lat, adjOffsets, adjTargets: Int32Array.from(lists) };
}
