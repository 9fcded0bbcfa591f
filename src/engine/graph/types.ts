/**
 * The travel graph, stored REVERSED in CSR form.
 *
 * Students travel from their home cell to a school, and some costs are asymmetric (you wait
 * for a bus or train where you board, not where you get off). A field "minutes from every
 * cell to the nearest source" is therefore one search from the sources over the reversed
 * edges: node v's slice `offsets[v] .. offsets[v+1]` lists the edges u → v of the real
 * network, with `targets[e] = u`.
 *
 * Node ids:
 * - `0 .. cellCount-1`: the grid cells (dense indices of grid.bin). Only these are sources
 *   and results.
 * - `cellCount .. nodeCount-1`: helper nodes the results never show: "on a bus in cell i"
 *   and "on a train that just ran rail section s". Their layout is the builder's business;
 *   the search treats all nodes alike.
 *
 * Weights are whole tenths of a minute (Uint16), so 6553.5 minutes is the longest edge.
 */
export interface TravelGraph {
  cellCount: number;
  nodeCount: number;
  edgeCount: number;
  /** Int32Array(nodeCount + 1): start of each node's incoming-edge slice. */
  offsets: Int32Array;
  /** Int32Array(edgeCount): the tail u of each edge u → v in the real network. */
  targets: Int32Array;
  /** Uint16Array(edgeCount): travel time in tenths of a minute. */
  weights: Uint16Array;
  /** Uint8Array(edgeCount): one MODE_* bit per edge. */
  modes: Uint8Array;
}

/** Tenths of a minute per minute: the weight unit. */
export const WEIGHT_UNITS_PER_MINUTE = 10;
