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
  /**
   * The same search, also telling which source is nearest to each cell. `labels[i]` (an
   * integer ≥ 0) names `sources[i]`; several sources may share a cell. Ties in travel time
   * (exact tenths of a minute, before rounding) go to the lower label, so the caller makes the
   * assignment reproducible by choosing labels in its tie-break order.
   */
  computeNearest(sources: ArrayLike<number>, labels: ArrayLike<number>, cutoffMinutes: number): NearestField;
}

/** Minutes to the nearest source and that source's label, per grid cell. */
export interface NearestField {
  /** Uint16Array(cellCount): as TravelField.minutes. */
  minutes: Uint16Array;
  /** Int32Array(cellCount): label of the nearest source; NO_SOURCE beyond the cutoff. */
  nearest: Int32Array;
}

/** `nearest` value of a cell that no source reaches within the cutoff. */
export const NO_SOURCE = -1;

const INF = 0x7fffffff;

/**
 * Dial's algorithm (a bucket queue) over the reversed CSR graph. Weights are small integers
 * (tenths of a minute), so a ring of buckets indexed by distance beats a binary heap: a push
 * is O(1) and the cutoff simply ends the scan. Buckets are singly linked lists through a
 * preallocated entry pool; an improved node is pushed again and its stale entry skipped when
 * popped (lazy deletion), which is cheaper than unlinking. Without labels at most one push per
 * edge plus one per source can happen, so a pool of edgeCount + cellCount entries suffices;
 * with labels a node can also improve at equal distance (a lower label), so the pool grows on
 * demand. All scratch arrays are allocated once per graph; the hot loop allocates nothing.
 *
 * Labels ride along with the distance: a node keeps the lowest label among the sources at its
 * shortest distance. computeField runs the same loop with every label 0, so the tie rule never
 * fires and both searches give the same minutes by construction.
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
  const label = new Int32Array(nodeCount);
  const head = new Int32Array(ring);
  let entryNode = new Int32Array(edgeCount + cellCount);
  let entryNext = new Int32Array(edgeCount + cellCount);
  let used = 0;

  function push(node: number, bucket: number): void {
    if (used === entryNode.length) {
      const bigger = entryNode.length * 2 + 16;
      const node2 = new Int32Array(bigger);
      const next2 = new Int32Array(bigger);
      node2.set(entryNode);
      next2.set(entryNext);
      entryNode = node2;
      entryNext = next2;
    }
    entryNode[used] = node;
    entryNext[used] = head[bucket];
    head[bucket] = used++;
  }

  /** Fills dist, mask and label; returns the cutoff in weight units. */
  function run(sources: ArrayLike<number>, labels: ArrayLike<number> | null, cutoffMinutes: number): number {
    if (!(cutoffMinutes >= 0) || !Number.isFinite(cutoffMinutes)) {
      throw new RangeError(`cutoff must be a finite number of minutes ≥ 0, got ${cutoffMinutes}`);
    }
    if (labels && labels.length !== sources.length) {
      throw new RangeError(`${labels.length} labels for ${sources.length} sources`);
    }
    // Rounded minutes must stay below the UNREACHABLE sentinel.
    const cutoff = Math.min(Math.round(cutoffMinutes * WEIGHT_UNITS_PER_MINUTE), (UNREACHABLE - 1) * WEIGHT_UNITS_PER_MINUTE);
    dist.fill(INF);
    mask.fill(0);
    label.fill(0);
    head.fill(-1);
    used = 0;
    let queued = 0;
    for (let i = 0; i < sources.length; i++) {
      const s = sources[i];
      if (!(Number.isInteger(s) && s >= 0 && s < cellCount)) {
        throw new RangeError(`source ${i} is cell ${s}, outside 0..${cellCount - 1}`);
      }
      const l = labels ? labels[i] : 0;
      if (!(Number.isInteger(l) && l >= 0)) throw new RangeError(`label ${i} is ${l}, not an integer ≥ 0`);
      if (dist[s] === 0) {
        if (l < label[s]) label[s] = l;
        continue;
      }
      dist[s] = 0;
      label[s] = l;
      push(s, 0);
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
          const lu = label[u];
          for (let e = offsets[u], end = offsets[u + 1]; e < end; e++) {
            const nd = d + weights[e];
            const v = targets[e];
            if (nd > cutoff) continue;
            const dv = dist[v];
            if (nd < dv || (nd === dv && lu < label[v])) {
              if (nd < dv) mask[v] = mu | edgeModes[e];
              dist[v] = nd;
              label[v] = lu;
              push(v, nd & ringMask);
              queued++;
            }
          }
        }
        p = head[b];
      }
    }
    return cutoff;
  }

  function minutesOf(cutoff: number): Uint16Array {
    const minutes = new Uint16Array(cellCount);
    for (let i = 0; i < cellCount; i++) {
      const di = dist[i];
      minutes[i] = di <= cutoff ? Math.round(di / WEIGHT_UNITS_PER_MINUTE) : UNREACHABLE;
    }
    return minutes;
  }

  function computeField(sources: ArrayLike<number>, cutoffMinutes: number): TravelField {
    const cutoff = run(sources, null, cutoffMinutes);
    const modes = new Uint8Array(cellCount);
    for (let i = 0; i < cellCount; i++) if (dist[i] <= cutoff) modes[i] = mask[i];
    return { minutes: minutesOf(cutoff), modes };
  }

  function computeNearest(sources: ArrayLike<number>, labels: ArrayLike<number>, cutoffMinutes: number): NearestField {
    const cutoff = run(sources, labels, cutoffMinutes);
    const nearest = new Int32Array(cellCount);
    for (let i = 0; i < cellCount; i++) nearest[i] = dist[i] <= cutoff ? label[i] : NO_SOURCE;
    return { minutes: minutesOf(cutoff), nearest };
  }

  return { graph, computeField, computeNearest };
}
