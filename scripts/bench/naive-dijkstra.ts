import FlatQueue from 'flatqueue';
import type { Grid } from '../../src/data/geodata/index.ts';
import { gridCellH3 } from '../../src/data/geodata/index.ts';
import type { TravelGraph } from '../../src/engine/graph/types.ts';

/**
 * The naive baseline of the benchmark: the same graph and the same algorithm (Dijkstra with a
 * cutoff), but the way it is usually written first: nodes are H3 strings (helper nodes get
 * string names too), adjacency is a Map of arrays of objects, distances live in a Map.
 */
export interface NaiveGraph {
  adjacency: Map<string, { from: string; tenths: number }[]>;
  cellKeys: string[];
}

export function toNaiveGraph(grid: Grid, graph: TravelGraph): NaiveGraph {
  const key = (node: number) => (node < grid.count ? gridCellH3(grid, node) : `node-${node}`);
  const adjacency = new Map<string, { from: string; tenths: number }[]>();
  for (let v = 0; v < graph.nodeCount; v++) {
    const list: { from: string; tenths: number }[] = [];
    for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++)
      list.push({ from: key(graph.targets[e]), tenths: graph.weights[e] });
    adjacency.set(key(v), list);
  }
  return { adjacency, cellKeys: Array.from({ length: grid.count }, (_, i) => key(i)) };
}

/** Minutes per H3 cell to the nearest source cell, within the cutoff. */
export function naiveField(g: NaiveGraph, sources: string[], cutoffMinutes: number): Map<string, number> {
  const cutoff = cutoffMinutes * 10;
  const dist = new Map<string, number>();
  const queue = new FlatQueue<string>();
  for (const s of sources) {
    dist.set(s, 0);
    queue.push(s, 0);
  }
  while (queue.length > 0) {
    const d = queue.peekValue()!;
    const u = queue.pop()!;
    if (d > (dist.get(u) ?? Infinity)) continue;
    for (const { from, tenths } of g.adjacency.get(u) ?? []) {
      const nd = d + tenths;
      if (nd <= cutoff && nd < (dist.get(from) ?? Infinity)) {
        dist.set(from, nd);
        queue.push(from, nd);
      }
    }
  }
  const minutes = new Map<string, number>();
  for (const cell of g.cellKeys) {
    const d = dist.get(cell);
    if (d !== undefined) minutes.set(cell, Math.round(d / 10));
  }
  return minutes;
}
