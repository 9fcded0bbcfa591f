/**
 * Benchmark case "cell geometry": the hexagons of every grid cell as deck.gl binary polygons
 * (src/map/cell-geometry.ts), against the per-object path deck.gl takes when handed H3 strings:
 * each cell's GeoJSON ring from h3-js, flattened, then triangulated with earcut (@math.gl/polygon,
 * the tessellator deck.gl uses). Both must give the same vertices and cover the same area.
 */
import { earcut } from '@math.gl/polygon';
import { cellToBoundary } from 'h3-js';
import { cellGeometry } from '../../src/map/cell-geometry.ts';
import { buildCellList } from '../../src/map/travel/cell-list.ts';
import { ensureGraphGeodata } from '../data/graph/ensure-geodata.ts';
import { loadTravelData } from '../data/graph/load-node.ts';
import type { BenchCase } from './case.ts';
import { timeMedian } from './case.ts';

const RUNS = 7;

interface Triangulated {
  positions: Float64Array;
  indices: Uint32Array;
}

function perObject(cells: readonly string[]): Triangulated {
  const rings = cells.map((cell) => {
    const ring = cellToBoundary(cell, true);
    // GeoJSON closes the ring; the tessellator drops the repeated vertex.
    return ring.slice(0, -1).flat();
  });
  const positions = new Float64Array(rings.reduce((n, ring) => n + ring.length, 0));
  const indices: number[] = [];
  let vertex = 0;
  for (const ring of rings) {
    positions.set(ring, vertex * 2);
    for (const i of earcut(ring, undefined, 2)) indices.push(vertex + i);
    vertex += ring.length / 2;
  }
  return { positions, indices: Uint32Array.from(indices) };
}

/** Summed area of the triangles, in square degrees: the same cover gives the same sum. */
function area({ positions, indices }: Triangulated): number {
  let sum = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t]! * 2, indices[t + 1]! * 2, indices[t + 2]! * 2];
    const cross =
      (positions[b]! - positions[a]!) * (positions[c + 1]! - positions[a + 1]!) -
      (positions[c]! - positions[a]!) * (positions[b + 1]! - positions[a + 1]!);
    sum += Math.abs(cross) / 2;
  }
  return sum;
}

export const cellGeometryCase: BenchCase = {
  name: 'cell-geometry',
  async run() {
    const { grid } = await loadTravelData(await ensureGraphGeodata());
    const cells = buildCellList(grid);
    process.stderr.write(`bench: hexagon geometry of ${cells.length} grid cells\n`);
    // cellGeometry keeps one geometry per array: a copy per run measures the build, not the cache.
    let binary = cellGeometry(cells.slice());
    const binaryMs = timeMedian(() => {
      binary = cellGeometry(cells.slice());
    }, RUNS);
    let baseline = perObject(cells);
    const baselineMs = timeMedian(() => {
      baseline = perObject(cells);
    }, RUNS);

    const fast = { positions: binary.attributes.getPolygon.value, indices: binary.attributes.indices };
    if (
      fast.positions.length !== baseline.positions.length ||
      fast.positions.some((v, i) => v !== baseline.positions[i])
    )
      throw new Error('cell geometry and the per-object path give different vertices');
    if (fast.indices.length !== baseline.indices.length)
      throw new Error(
        `cell geometry has ${fast.indices.length / 3} triangles, the per-object path ${baseline.indices.length / 3}`,
      );
    const [a, b] = [area(fast), area(baseline)];
    if (Math.abs(a - b) > 1e-9 * b) throw new Error(`the triangles cover ${a} and ${b} square degrees`);

    process.stderr.write(
      `bench: cell geometry ${binaryMs.toFixed(0)} ms, per-object path (h3 ring + earcut) ${baselineMs.toFixed(0)} ms\n`,
    );
    return {
      cell_geometry_ms: Number(binaryMs.toFixed(1)),
      cell_geometry_baseline_ms: Number(baselineMs.toFixed(1)),
      cell_geometry_speedup: Number((baselineMs / binaryMs).toFixed(2)),
      cell_geometry_triangles: fast.indices.length / 3,
    };
  },
};
