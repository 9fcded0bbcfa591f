import type { TravelGraph } from '../graph/types.ts';
import { WEIGHT_UNITS_PER_MINUTE } from '../graph/types.ts';
import { DialQueue, maxEdgeWeight } from './dial-queue.ts';

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
   * The cells whose field from the one `source` is within `cutoffMinutes` (whole minutes, as the
   * field stores them), ascending: exactly the cells of `computeField([source], cutoff)` at or
   * under the cutoff. It touches only what it reaches, so it costs the size of the reach, not
   * of the country: a placement question asks this once per candidate location, and a 45-minute
   * reach is about 2 % of the grid.
   */
  reachOf(source: number, cutoffMinutes: number): Int32Array;
}

/** Distance of a node no source reached. */
export const INF = 0x7fffffff;

/**
 * The cutoff in weight units (tenths of a minute). Every search rounds it the same way, so a
 * cell is "within the limit" for one search exactly when it is for another.
 */
export function cutoffUnits(cutoffMinutes: number): number {
  if (!(cutoffMinutes >= 0) || !Number.isFinite(cutoffMinutes)) {
    throw new RangeError(`cutoff must be a finite number of minutes ≥ 0, got ${cutoffMinutes}`);
  }
  // Rounded minutes must stay below the UNREACHABLE sentinel.
  return Math.min(Math.round(cutoffMinutes * WEIGHT_UNITS_PER_MINUTE), (UNREACHABLE - 1) * WEIGHT_UNITS_PER_MINUTE);
}

/** Whole minutes of a distance within the cutoff: the value a travel field stores. */
export function unitsToMinutes(units: number): number {
  return Math.round(units / WEIGHT_UNITS_PER_MINUTE);
}

export function checkSource(source: number, index: number, cellCount: number): void {
  if (!(Number.isInteger(source) && source >= 0 && source < cellCount)) {
    throw new RangeError(`source ${index} is cell ${source}, outside 0..${cellCount - 1}`);
  }
}

/**
 * Dial's algorithm (see dial-queue.ts) over the reversed CSR graph. At most one push per edge
 * plus one per source can happen, so a pool of edgeCount + cellCount entries never overflows.
 * All scratch arrays are allocated once per graph.
 */
export function createTravelSearch(graph: TravelGraph): TravelSearch {
  const { nodeCount, cellCount, edgeCount, offsets, targets, weights, modes: edgeModes } = graph;
  const queue = new DialQueue(maxEdgeWeight(weights), edgeCount + cellCount);
  const dist = new Int32Array(nodeCount);
  const mask = new Uint8Array(nodeCount);
  // reachOf resets only the nodes it touched, so it needs `dist` all INF on entry; a field
  // search leaves it dirty.
  const touched = new Int32Array(nodeCount);
  let distClean = false;

  function computeField(sources: ArrayLike<number>, cutoffMinutes: number): TravelField {
    const cutoff = cutoffUnits(cutoffMinutes);
    dist.fill(INF);
    mask.fill(0);
    queue.reset();
    for (let i = 0; i < sources.length; i++) {
      const s = sources[i];
      checkSource(s, i, cellCount);
      if (dist[s] === 0) continue;
      dist[s] = 0;
      queue.push(s, 0, 0);
    }

    const entryNode = queue.node;
    for (let d = 0; queue.size > 0 && d <= cutoff; d++) {
      for (let p = queue.pop(d); p !== -1; p = queue.pop(d)) {
        const u = entryNode[p];
        if (dist[u] !== d) continue; // stale: u was improved after this entry was queued
        const mu = mask[u];
        for (let e = offsets[u], end = offsets[u + 1]; e < end; e++) {
          const nd = d + weights[e];
          const v = targets[e];
          if (nd < dist[v] && nd <= cutoff) {
            dist[v] = nd;
            mask[v] = mu | edgeModes[e];
            queue.push(v, 0, nd);
          }
        }
      }
    }

    distClean = false;
    const minutes = new Uint16Array(cellCount);
    const modes = new Uint8Array(cellCount);
    for (let i = 0; i < cellCount; i++) {
      const di = dist[i];
      if (di <= cutoff) {
        minutes[i] = unitsToMinutes(di);
        modes[i] = mask[i];
      } else {
        minutes[i] = UNREACHABLE;
      }
    }
    return { minutes, modes };
  }

  function reachOf(source: number, cutoffMinutes: number): Int32Array {
    const cutoff = cutoffUnits(cutoffMinutes);
    checkSource(source, 0, cellCount);
    if (!distClean) dist.fill(INF);
    queue.reset();
    let reached = 0;
    dist[source] = 0;
    touched[reached++] = source;
    queue.push(source, 0, 0);

    const entryNode = queue.node;
    for (let d = 0; queue.size > 0 && d <= cutoff; d++) {
      for (let p = queue.pop(d); p !== -1; p = queue.pop(d)) {
        const u = entryNode[p];
        if (dist[u] !== d) continue; // stale entry
        for (let e = offsets[u], end = offsets[u + 1]; e < end; e++) {
          const nd = d + weights[e];
          const v = targets[e];
          if (nd < dist[v] && nd <= cutoff) {
            if (dist[v] === INF) touched[reached++] = v;
            dist[v] = nd;
            queue.push(v, 0, nd);
          }
        }
      }
    }

    // The field's test, on the field's rounded minutes, so both agree for any cutoff.
    let count = 0;
    for (let i = 0; i < reached; i++) {
      const v = touched[i];
      if (v < cellCount && unitsToMinutes(dist[v]) <= cutoffMinutes) count++;
    }
    const cells = new Int32Array(count);
    count = 0;
    for (let i = 0; i < reached; i++) {
      const v = touched[i];
      if (v < cellCount && unitsToMinutes(dist[v]) <= cutoffMinutes) cells[count++] = v;
      dist[v] = INF;
    }
    distClean = true;
    return cells.sort();
  }

  return { graph, computeField, reachOf };
}
