import type { TravelGraph } from '../graph/types.ts';
import { DialQueue, maxEdgeWeight } from './dial-queue.ts';
import { checkSource, cutoffUnits, INF, UNREACHABLE, unitsToMinutes } from './search.ts';

/** Minutes to the nearest source and that source's label, per grid cell. */
export interface NearestField {
  /** Uint16Array(cellCount): as TravelField.minutes (the same values, by the same rounding). */
  minutes: Uint16Array;
  /** Int32Array(cellCount): label of the nearest source; NO_SOURCE beyond the cutoff. */
  nearest: Int32Array;
}

/** `nearest` value of a cell that no source reaches within the cutoff. */
export const NO_SOURCE = -1;

export interface NearestSourceSearch {
  readonly graph: TravelGraph;
  /**
   * The field search, also telling which source is nearest to each cell. `labels[i]` (an
   * integer ≥ 0) names `sources[i]`; several sources may share a cell. Ties in travel time
   * (exact tenths of a minute, before rounding) go to the lower label, so the caller makes
   * the assignment reproducible by choosing labels in its tie-break order. Fresh arrays.
   */
  computeNearest(sources: ArrayLike<number>, labels: ArrayLike<number>, cutoffMinutes: number): NearestField;
}

/**
 * Dial's algorithm on (distance, label) in lexicographic order, over the reversed CSR graph and
 * the shared Dial queue: a node keeps the lowest label among the sources at its shortest
 * distance. That is exact because a source is nearest to v only if it is nearest to the node
 * before v on its shortest path, so the lowest such label flows along tight edges.
 *
 * A node improved at equal distance (a lower label) after it was expanded must be expanded
 * again; that only happens over zero-minute edges, and it can push more than once per edge.
 * So the queue starts at the field search's size and, in that rare case, the search restarts
 * with a queue twice as large (same input, same result).
 */
export function createNearestSourceSearch(graph: TravelGraph): NearestSourceSearch {
  const { nodeCount, cellCount, edgeCount, offsets, targets, weights } = graph;
  const maxWeight = maxEdgeWeight(weights);
  const dist = new Int32Array(nodeCount);
  const label = new Int32Array(nodeCount);
  let queue = new DialQueue(maxWeight, edgeCount + cellCount);

  /** Fills dist and label; false when the queue ran full (the caller grows it and runs again). */
  function run(sources: ArrayLike<number>, labels: ArrayLike<number>, cutoff: number): boolean {
    dist.fill(INF);
    label.fill(0);
    queue.reset();
    let pushes = 0;
    for (let i = 0; i < sources.length; i++) {
      const s = sources[i];
      const l = labels[i];
      // A second source in the same cell matters only with a lower label; its entry supersedes the first.
      if (dist[s] === 0 && l >= label[s]) continue;
      dist[s] = 0;
      label[s] = l;
      queue.push(s, l, 0);
      pushes++;
    }
    const entryNode = queue.node;
    const entryTag = queue.tag;
    for (let d = 0; queue.size > 0 && d <= cutoff; d++) {
      for (let p = queue.pop(d); p !== -1; p = queue.pop(d)) {
        const u = entryNode[p];
        // Stale unless (d, tag) is still u's label: a later, better entry expands it instead.
        if (dist[u] !== d || label[u] !== entryTag[p]) continue;
        const lu = label[u];
        for (let e = offsets[u], end = offsets[u + 1]; e < end; e++) {
          const nd = d + weights[e];
          if (nd > cutoff) continue;
          const v = targets[e];
          if (nd < dist[v] || (nd === dist[v] && lu < label[v])) {
            if (pushes === queue.capacity) return false;
            dist[v] = nd;
            label[v] = lu;
            queue.push(v, lu, nd);
            pushes++;
          }
        }
      }
    }
    return true;
  }

  function computeNearest(sources: ArrayLike<number>, labels: ArrayLike<number>, cutoffMinutes: number): NearestField {
    const cutoff = cutoffUnits(cutoffMinutes);
    if (labels.length !== sources.length) throw new RangeError(`${labels.length} labels for ${sources.length} sources`);
    for (let i = 0; i < sources.length; i++) {
      checkSource(sources[i], i, cellCount);
      const l = labels[i];
      if (!(Number.isInteger(l) && l >= 0)) throw new RangeError(`label ${i} is ${l}, not an integer ≥ 0`);
    }
    if (queue.capacity < edgeCount + sources.length) queue = new DialQueue(maxWeight, edgeCount + sources.length);
    while (!run(sources, labels, cutoff)) queue = new DialQueue(maxWeight, queue.capacity * 2);

    const minutes = new Uint16Array(cellCount);
    const nearest = new Int32Array(cellCount);
    for (let i = 0; i < cellCount; i++) {
      const within = dist[i] <= cutoff;
      minutes[i] = within ? unitsToMinutes(dist[i]) : UNREACHABLE;
      nearest[i] = within ? label[i] : NO_SOURCE;
    }
    return { minutes, nearest };
  }

  return { graph, computeNearest };
}
