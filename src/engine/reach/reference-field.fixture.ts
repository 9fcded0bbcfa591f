import { UNREACHABLE } from './field-cache.ts';

/**
 * Test support: a deliberately simple O(N²) multi-source Dijkstra on a small directed graph,
 * independent of the production engine, so tests can check the caching and metrics logic
 * against something obviously right. Not for production use.
 */
export interface SmallGraph {
  cellCount: number;
  /** edges[i] = [target, minutes][] leaving cell i */
  edges: [number, number][][];
}

/** Minutes from each cell to the nearest source (travelling along edges towards it). */
export function referenceField(graph: SmallGraph, sources: Int32Array, cutoff: number): Uint16Array {
  const n = graph.cellCount;
  // Reverse the edges: the field is the time FROM each cell TO the sources.
  const reverse: [number, number][][] = Array.from({ length: n }, () => []);
  graph.edges.forEach((out, from) => {
    for (const [to, minutes] of out) reverse[to].push([from, minutes]);
  });
  const dist = new Float64Array(n).fill(Infinity);
  const done = new Uint8Array(n);
  for (const s of sources) dist[s] = 0;
  for (;;) {
    let best = -1;
    for (let i = 0; i < n; i++) if (!done[i] && dist[i] <= cutoff && (best < 0 || dist[i] < dist[best])) best = i;
    if (best < 0) break;
    done[best] = 1;
    for (const [next, minutes] of reverse[best]) {
      if (dist[best] + minutes < dist[next]) dist[next] = dist[best] + minutes;
    }
  }
  const field = new Uint16Array(n).fill(UNREACHABLE);
  for (let i = 0; i < n; i++) if (dist[i] <= cutoff) field[i] = Math.round(dist[i]);
  return field;
}
