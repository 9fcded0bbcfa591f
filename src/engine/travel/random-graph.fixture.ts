import fc from 'fast-check';
import { GraphBuilder } from '../graph/builder.ts';
import { MODE_BUS, MODE_CYCLE, MODE_RAIL } from '../graph/modes.ts';
import type { TravelGraph } from '../graph/types.ts';
import { UNREACHABLE } from './search.ts';

/** Test support: small random travel graphs (cells plus helper nodes) with a brute-force reference. */
export interface EdgeSpec { from: number; to: number; tenths: number; mode: number }
export interface GraphSpec { cells: number; helpers: number; edges: EdgeSpec[] }

export function build(spec: GraphSpec): TravelGraph {
  const b = new GraphBuilder(spec.cells);
  b.addNodes(spec.helpers);
  for (const e of spec.edges) b.addEdge(e.from, e.to, e.tenths / 10, e.mode);
  return b.build();
}

/** Reference: Bellman–Ford on the forward edges, tenths of a minute from every cell TO the nearest source. */
export function referenceUnits(spec: GraphSpec, sources: number[]): number[] {
  const n = spec.cells + spec.helpers;
  const dist = new Array<number>(n).fill(Infinity);
  for (const s of sources) dist[s] = 0;
  for (let round = 0; round < n; round++) {
    for (const e of spec.edges) {
      if (dist[e.to] + e.tenths < dist[e.from]) dist[e.from] = dist[e.to] + e.tenths;
    }
  }
  return dist.slice(0, spec.cells);
}

/** The reference as a travel field: whole minutes, UNREACHABLE beyond the cutoff. */
export function reference(spec: GraphSpec, sources: number[], cutoffMinutes: number): number[] {
  return referenceUnits(spec, sources).map((d) => (d <= cutoffMinutes * 10 ? Math.round(d / 10) : UNREACHABLE));
}

export const graphSpec = fc
  .record({ cells: fc.integer({ min: 1, max: 9 }), helpers: fc.integer({ min: 0, max: 4 }) })
  .chain(({ cells, helpers }) => {
    const node = fc.integer({ min: 0, max: cells + helpers - 1 });
    const edge = fc.record({
      from: node,
      to: node,
      tenths: fc.integer({ min: 0, max: 400 }),
      mode: fc.constantFrom(MODE_CYCLE, MODE_BUS, MODE_RAIL),
    });
    return fc.record({ cells: fc.constant(cells), helpers: fc.constant(helpers), edges: fc.array(edge, { maxLength: 40 }) });
  });

export const withSources = graphSpec.chain((spec) =>
  fc.record({
    spec: fc.constant(spec),
    sources: fc.array(fc.integer({ min: 0, max: spec.cells - 1 }), { minLength: 1, maxLength: 4 }),
    cutoff: fc.integer({ min: 0, max: 120 }),
  }),
);
