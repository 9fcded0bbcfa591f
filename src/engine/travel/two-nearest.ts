import type { TravelGraph } from '../graph/types.ts';
import { DialQueue, maxEdgeWeight } from './dial-queue.ts';
import { checkSource, cutoffUnits, INF } from './search.ts';

/**
 * Per node, the nearest source and the nearest DIFFERENT source, with their distances in
 * weight units (tenths of a minute); INF and -1 beyond the cutoff. Sources are identified by
 * their index in the `sources` argument, so two sources in one cell are distinct sources at
 * equal distance. `labels` is the searcher's scratch: read it before the next search.
 */
export interface TwoNearest {
  /** the cutoff in weight units that the search used */
  cutoff: number;
  /**
   * Four values per node n at 4n: first distance, first source, second distance, second
   * source (see the FIRST_UNITS … SECOND_SOURCE offsets).
   */
  labels: Int32Array;
}

export const FIRST_UNITS = 0;
export const FIRST_SOURCE = 1;
export const SECOND_UNITS = 2;
export const SECOND_SOURCE = 3;

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
  // Both labels of a node side by side (first distance, first source, second distance, second
  // source): a relaxation reads all four, so they share a cache line.
  const labels = new Int32Array(4 * nodeCount);
  let queue = new DialQueue(maxWeight, 2 * edgeCount + cellCount);

  function search(sources: ArrayLike<number>, cutoffMinutes: number): TwoNearest {
    const cutoff = cutoffUnits(cutoffMinutes);
    for (let k = 0; k < labels.length; k += 4) {
      labels[k] = INF;
      labels[k + 1] = -1;
      labels[k + 2] = INF;
      labels[k + 3] = -1;
    }
    if (queue.capacity < 2 * edgeCount + sources.length)
      queue = new DialQueue(maxWeight, 2 * edgeCount + sources.length);
    queue.reset();
    for (let i = 0; i < sources.length; i++) {
      const c = sources[i];
      checkSource(c, i, cellCount);
      const k = 4 * c;
      // A second source in an occupied cell takes the free slot; a third is never needed.
      if (labels[k + 1] === -1) {
        labels[k] = 0;
        labels[k + 1] = i;
      } else if (labels[k + 3] === -1) {
        labels[k + 2] = 0;
        labels[k + 3] = i;
      } else continue;
      queue.push(c, i, 0);
    }

    const entryNode = queue.node;
    const entryTag = queue.tag;
    for (let d = 0; queue.size > 0 && d <= cutoff; d++) {
      for (let p = queue.pop(d); p !== -1; p = queue.pop(d)) {
        const u = entryNode[p];
        const s = entryTag[p];
        const ku = 4 * u;
        // Stale unless the label (d, s) is still one of u's two.
        if (!((labels[ku + 1] === s && labels[ku] === d) || (labels[ku + 3] === s && labels[ku + 2] === d))) continue;
        for (let e = offsets[u], end = offsets[u + 1]; e < end; e++) {
          const nd = d + weights[e];
          if (nd > cutoff) continue;
          const v = targets[e];
          const k = 4 * v;
          const d1 = labels[k];
          if (labels[k + 1] === s) {
            if (nd < d1) {
              labels[k] = nd;
              queue.push(v, s, nd);
            }
          } else if (nd < d1) {
            // s becomes nearest; the old nearest (a different source) moves down. If s held
            // the second slot, that label is replaced, so s never holds both.
            labels[k + 2] = d1;
            labels[k + 3] = labels[k + 1];
            labels[k] = nd;
            labels[k + 1] = s;
            queue.push(v, s, nd);
          } else if (nd < labels[k + 2]) {
            labels[k + 2] = nd;
            labels[k + 3] = s;
            queue.push(v, s, nd);
          }
        }
      }
    }
    return { cutoff, labels };
  }

  return { graph, search };
}
