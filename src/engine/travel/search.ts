import type { TravelGraph } from '../graph/types.ts';
import { WEIGHT_UNITS_PER_MINUTE } from '../graph/types.ts';

/** Minutes value of a cell that no source reaches within the cutoff. */
export const UNREACHABLE = 65535;

/** Minutes from each grid cell to the nearest source, and the modes of that route. */
export interface TravelField {
  /** Uint16Array(cellCount): whole minutes (rounded), UNREACHABLE beyond the cutoff. */
  minutes: Uint16Array;
  /** Uint8Array(cellCount): OR of MODE_* bits of the fastest route; 0 for a source or unreachable cell. */
  modes: Uint8Array;
}

/** A reusable searcher over one graph. Not re-entrant: one search at a time per instance. */
export interface TravelSearch {
  readonly graph: TravelGraph;
  /**
   * Multi-source search with a cutoff. `sources` are cell indices (duplicates are fine);
   * cells further than `cutoffMinutes` from every source get UNREACHABLE. Travel is FROM each
   * cell TO its nearest source. The returned arrays are fresh, so they can be transferred.
   */
  computeField(sources: ArrayLike<number>, cutoffMinutes: number): TravelField;
}

const INF = 0x7fffffff;

/**
 * Dial's algorithm (a bucket queue) over the reversed CSR graph. Weights are small integers
 * (tenths of a minute), so a ring of buckets indexed by distance beats a binary heap: a push
 * is O(1) and the cutoff simply ends the scan. Buckets are singly linked lists through a
 * preallocated entry pool; an improved node is pushed again and its stale entry skipped when
 * popped (lazy deletion), which is cheaper than unlinking. At most one push per edge plus
 * one per source can happen, so a pool of edgeCount + cellCount entries never overflows.
 * All scratch arrays are allocated once per graph; the hot loop allocates nothing.
 */
export function createTravelSearch(graph: TravelGraph): TravelSearch {
  const { nodeCount, cellCount, edgeCount, offsets, targets, weights, modes: edgeModes } = graph;
  let maxWeight = 0;
  for (let e = 0; e < edgeCount; e++) if (weights[e] > maxWeight) maxWeight = weights[e];
  // A ring of at least maxWeight + 1 buckets: every queued distance lies in [d, d + maxWeight].
  let ring = 1;
  while (ring <= maxWeight) ring <<= 1;
  const ringMask = ring - 1;

  const dist = new Int32Array(nodeCount);
  const mask = new Uint8Array(nodeCount);
  const head = new Int32Array(ring);
  const entryNode = new Int32Array(edgeCount + cellCount);
  const entryNext = new Int32Array(edgeCount + cellCount);

  function computeField(sources: ArrayLike<number>, cutoffMinutes: number): TravelField {
    if (!(cutoffMinutes >= 0) || !Number.isFinite(cutoffMinutes)) {
      throw new RangeError(`cutoff must be a finite number of minutes ≥ 0, got ${cutoffMinutes}`);
    }
    // Rounded minutes must stay below the UNREACHABLE sentinel.
    const cutoff = Math.min(Math.round(cutoffMinutes * WEIGHT_UNITS_PER_MINUTE), (UNREACHABLE - 1) * WEIGHT_UNITS_PER_MINUTE);
    dist.fill(INF);
    mask.fill(0);
    head.fill(-1);
    let used = 0;
    let queued = 0;
    for (let i = 0; i < sources.length; i++) {
      const s = sources[i];
      if (!(Number.isInteger(s) && s >= 0 && s < cellCount)) {
        throw new RangeError(`source ${i} is cell ${s}, outside 0..${cellCount - 1}`);
      }
      if (dist[s] === 0) continue;
      dist[s] = 0;
      entryNode[used] = s;
      entryNext[used] = head[0];
      head[0] = used++;
      queued++;
    }

    for (let d = 0; queued > 0 && d <= cutoff; d++) {
      const b = d & ringMask;
      let p = head[b];
      while (p !== -1) {
        head[b] = entryNext[p];
        queued--;
        const u = entryNode[p];
        if (dist[u] === d) {
          const mu = mask[u];
          for (let e = offsets[u], end = offsets[u + 1]; e < end; e++) {
            const nd = d + weights[e];
            const v = targets[e];
            if (nd < dist[v] && nd <= cutoff) {
              dist[v] = nd;
              mask[v] = mu | edgeModes[e];
              const nb = nd & ringMask;
              entryNode[used] = v;
              entryNext[used] = head[nb];
              head[nb] = used++;
              queued++;
            }
          }
        }
        p = head[b];
      }
    }

    const minutes = new Uint16Array(cellCount);
    const modes = new Uint8Array(cellCount);
    for (let i = 0; i < cellCount; i++) {
      const di = dist[i];
      if (di <= cutoff) {
        minutes[i] = Math.round(di / WEIGHT_UNITS_PER_MINUTE);
        modes[i] = mask[i];
      } else {
        minutes[i] = UNREACHABLE;
      }
    }
    return { minutes, modes };
  }

  return { graph, computeField };
}
