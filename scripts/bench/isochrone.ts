/**
 * Benchmark case "isochrone": the outline of the national niveau-4 field at its default limit
 * (src/engine/travel/isochrone-outline.ts, the edges between cells within and beyond the limit)
 * against its baseline in the same run, h3-js `cellsToMultiPolygon` on the cells within the limit
 * (how the outline was traced before). Both must give the same segments. `isochrone_topology_ms`
 * is the one-off cost of finding the grid's edges, paid when the isochrone worker starts.
 */
import { cellsToMultiPolygon } from 'h3-js';
import { h3CellStrings } from '../../src/engine/grid/h3-cells.ts';
import { NIVEAU_PROFILES } from '../../src/engine/profiles/niveaus.ts';
import { isochroneOutline, type OutlinePath, outlineTopology } from '../../src/engine/travel/isochrone-outline.ts';
import { createTravelSearch, UNREACHABLE } from '../../src/engine/travel/search.ts';
import type { BenchCase } from './case.ts';
import { timeMedian } from './case.ts';
import { niveau4Sources } from './travel-field.ts';

const RUNS = 5;

/** Segments as sorted pairs of rounded points: the two tracings must draw the same lines. */
function segments(paths: readonly OutlinePath[]): string[] {
  const key = ([lon, lat]: [number, number]) => `${lon.toFixed(6)},${lat.toFixed(6)}`;
  const out: string[] = [];
  for (const p of paths) for (let i = 0; i + 1 < p.length; i++) out.push([key(p[i]!), key(p[i + 1]!)].sort().join());
  return out.sort();
}

export const isochroneCase: BenchCase = {
  name: 'isochrone',
  async run() {
    const { grid, graph, sources } = await niveau4Sources();
    const limit = NIVEAU_PROFILES[4].defaultMaxMinutes;
    const minutes = createTravelSearch(graph).computeField(sources, limit).minutes;
    const cells = h3CellStrings(grid.h3Lo, grid.h3Hi);
    const inside = cells.filter((_, i) => minutes[i] !== UNREACHABLE && minutes[i]! <= limit);
    process.stderr.write(`bench: isochrone of the niveau-4 field at ${limit} min (${inside.length} cells inside)\n`);

    let topology = outlineTopology(cells);
    const topologyMs = timeMedian(() => {
      topology = outlineTopology(cells);
    }, 3);
    let edges: OutlinePath[] = [];
    const outlineMs = timeMedian(
      () => {
        edges = isochroneOutline(topology, minutes, limit, UNREACHABLE);
      },
      RUNS,
      1,
    );
    let traced: OutlinePath[] = [];
    const h3Ms = timeMedian(() => {
      traced = cellsToMultiPolygon(inside, true).flat() as OutlinePath[];
    }, RUNS);
    const [a, b] = [segments(edges), segments(traced)];
    if (a.length !== b.length || a.some((s, i) => s !== b[i])) {
      throw new Error(`isochrone: the outline has ${a.length} segments, h3-js traces ${b.length} other ones`);
    }
    const round2 = (x: number) => Math.round(x * 100) / 100;
    return {
      isochrone_ms: round2(outlineMs),
      isochrone_h3_ms: round2(h3Ms),
      isochrone_speedup: round2(h3Ms / outlineMs),
      isochrone_topology_ms: round2(topologyMs),
      isochrone_segments: a.length,
    };
  },
};
