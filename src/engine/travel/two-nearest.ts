import type { TravelGraph } from '../graph/types.ts';
import { DialQueue, maxEdgeWeight } from './dial-queue.ts';
import { checkSource, cutoffUnits, INF } from './search.ts';

/**
 * Per node, the nearest source and the nearest DIFFERENT source, with their distances in
 * weight units (tenths of a minute); INF and -1 beyond the cutoff. Sources are identified by
 * their index in the `sources` argument, so two sources in one cell are distinct sources at
 * equal distance. The arrays are the searcher's scratch: read them before the next search.
 */
export interface TwoNearest {
  /** the cutoff in weight units that the search used */
  cutoff: number;
  firstUnits: Int32Array;
  firstSource: Int32Array;
  secondUnits: Int32Array;
  secondSource: Int32Array;
}

export interface TwoNearestSearch {
  readonly graph: TravelGraph;
  search(sources: ArrayLike<number>, cutoffMinutes: number): TwoNearest;
}

/**
 * The two-label multi-source Dijkstra: every node keeps two labels (distance, source) of
 * distinct sources, over the same reversed CSR graph and Dial queue as the field search.
 * Keeping the best two is exact: if source s is among the two nearest of node v, it is among
 * the two nearest of every node on its shortest path to v (otherwise those two would both be
 * nearer to v as well), so discarding third labels loses nothing. One such search gives, for
 * every source at once, the field without that source: `second` wherever it is `first`.
 *
 * A label is pushed only on a strict improvement and a node pops at most two live labels (one
 * per slot; a popped label can no longer improve), so each edge is relaxed at most twice and
 * a pool of 2 × edgeCount + sources entries suffices.
 */
export function createTwoNearestSearch(graph: TravelGraph): TwoNearestSearch {
  const { nodeCount, cellCount, edgeCount, offsets, targets, weights } = graph;
  const maxWeight = maxEdgeWeight(weights);
  const d1 = new Int32Array(nodeCount);
  const s1 = new Int32Array(nodeCount);
  const d2 = new Int32Array(nodeCount);
  const s2 = new Int32Array(nodeCount);
  let queue = new DialQueue(maxWeight, 2 * edgeCount + cellCount);

  function search(sources: ArrayLike<number>, cutoffMinutes: number): TwoNearest {
    const cutoff = cutoffUnits(cutoffMinutes);
    d1.fill(INF);
    s1.fill(-1);
    d2.fill(INF);
    s2.fill(-1);
    if (queue.capacity < 2 * edgeCount + sources.length) queue = new DialQueue(maxWeight, 2 * edgeCount + sources.length);
    queue.reset();
    for (let i = 0; i < sources.length; i++) {
      const c = sources[i];
      checkSource(c, i, cellCount);
      // A second source in an occupied cell takes the free slot; a third is never needed.
      if (s1[c] === -1) {
        d1[c] = 0;
        s1[c] = i;
      } else if (s2[c] === -1) {
        d2[c] = 0;
        s2[c] = i;
      } else continue;
      queue.push(c, i, 0);
    }

    const entryNode = queue.node;
    const entryTag = queue.tag;
    for (let d = 0; queue.size > 0 && d <= cutoff; d++) {
      for (let p = queue.pop(d); p !== -1; p = queue.pop(d)) {
        const u = entryNode[p];
        const s = entryTag[p];
        // Stale unless the label (d, s) is still one of u's two.
        if (!((s1[u] === s && d1[u] === d) || (s2[u] === s && d2[u] === d))) continue;
        for (let e = offsets[u], end = offsets[u + 1]; e < end; e++) {
          const nd = d + weights[e];
          if (nd > cutoff) continue;
          const v = targets[e];
          if (s1[v] === s) {
            if (nd < d1[v]) {
              d1[v] = nd;
              queue.push(v, s, nd);
            }
          } else if (nd < d1[v]) {
            // s becomes nearest; the old nearest (a different source) moves down. If s held
            // the second slot, that label is replaced, so s never holds both.
            d2[v] = d1[v];
            s2[v] = s1[v];
            d1[v] = nd;
            s1[v] = s;
            queue.push(v, s, nd);
          } else if (nd < d2[v]) {
            d2[v] = nd;
            s2[v] = s;
            queue.push(v, s, nd);
          }
        }
      }
    }
    return { cutoff, firstUnits: d1, firstSource: s1, secondUnits: d2, secondSource: s2 };
  }

  return { graph, search };
}
