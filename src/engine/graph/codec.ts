import type { TravelGraph } from './types.ts';

/**
 * graph.bin, little-endian:
 *
 * | bytes            | content                                        |
 * |------------------|------------------------------------------------|
 * | 0–3              | magic `RKT1`                                   |
 * | 4–7              | uint32 format version (1)                      |
 * | 8–11             | uint32 cellCount (must equal grid.bin's N)     |
 * | 12–15            | uint32 nodeCount (cells + helper nodes)        |
 * | 16–19            | uint32 edgeCount E                             |
 * | 20 …             | Int32Array offsets[nodeCount + 1]              |
 * | then             | Int32Array targets[E]                          |
 * | then             | Uint16Array weights[E] (tenths of a minute)    |
 * | then             | Uint8Array modes[E] (one MODE_* bit each)      |
 *
 * The graph is the reversed CSR described in types.ts. Every section starts 4-byte aligned
 * except `modes`, which needs no alignment, so decoding is zero-copy on little-endian hosts.
 * Integrity: the manifest holds graph.bin's SHA-256 (checked by the loader, src/data/geodata/graph.ts);
 * decodeGraph itself checks the structure, which catches truncation and most corruption.
 */
export const GRAPH_MAGIC = 'RKT1';
export const GRAPH_FORMAT_VERSION = 1;
export const GRAPH_HEADER_BYTES = 20;

export class GraphFormatError extends Error {
  /** What is wrong, without the file name (the loaders name the file themselves). */
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'GraphFormatError';
    this.reason = reason;
  }
}

function graphByteLength(nodeCount: number, edgeCount: number): number {
  return GRAPH_HEADER_BYTES + 4 * (nodeCount + 1) + 4 * edgeCount + 2 * edgeCount + edgeCount;
}

export function encodeGraph(graph: TravelGraph): Uint8Array {
  const { nodeCount: n, edgeCount: e } = graph;
  const bytes = new Uint8Array(graphByteLength(n, e));
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = GRAPH_MAGIC.charCodeAt(i);
  view.setUint32(4, GRAPH_FORMAT_VERSION, true);
  view.setUint32(8, graph.cellCount, true);
  view.setUint32(12, n, true);
  view.setUint32(16, e, true);
  let at = GRAPH_HEADER_BYTES;
  for (let i = 0; i <= n; i++, at += 4) view.setInt32(at, graph.offsets[i], true);
  for (let i = 0; i < e; i++, at += 4) view.setInt32(at, graph.targets[i], true);
  for (let i = 0; i < e; i++, at += 2) view.setUint16(at, graph.weights[i], true);
  bytes.set(graph.modes.subarray(0, e), at);
  return bytes;
}

const littleEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Decodes graph.bin. Zero-copy on little-endian hosts when the bytes start 4-byte aligned
 * (the arrays are views into the buffer, which must then stay unmodified).
 */
export function decodeGraph(buf: ArrayBuffer | ArrayBufferView, file = 'graph.bin'): TravelGraph {
  let bytes =
    buf instanceof ArrayBuffer ? new Uint8Array(buf) : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  if (bytes.byteLength < GRAPH_HEADER_BYTES) {
    throw new GraphFormatError(
      file,
      `is ${bytes.byteLength} bytes long, shorter than its ${GRAPH_HEADER_BYTES}-byte header`,
    );
  }
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== GRAPH_MAGIC)
    throw new GraphFormatError(file, `is not a travel graph (starts with "${magic}", expected "${GRAPH_MAGIC}")`);
  let view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== GRAPH_FORMAT_VERSION) {
    throw new GraphFormatError(file, `has format version ${version}; this app reads version ${GRAPH_FORMAT_VERSION}`);
  }
  const cellCount = view.getUint32(8, true);
  const nodeCount = view.getUint32(12, true);
  const edgeCount = view.getUint32(16, true);
  if (cellCount > nodeCount) throw new GraphFormatError(file, `has ${cellCount} cells but only ${nodeCount} nodes`);
  const expected = graphByteLength(nodeCount, edgeCount);
  if (bytes.byteLength !== expected) {
    throw new GraphFormatError(
      file,
      `is ${bytes.byteLength} bytes long; ${nodeCount} nodes and ${edgeCount} edges need exactly ${expected} bytes (truncated or corrupt)`,
    );
  }
  if (!littleEndianHost || bytes.byteOffset % 4 !== 0) {
    bytes = bytes.slice();
    view = new DataView(bytes.buffer);
  }
  let at = bytes.byteOffset + GRAPH_HEADER_BYTES;
  const base = bytes.buffer;
  const offsets = littleEndianHost ? new Int32Array(base, at, nodeCount + 1) : readInt32(view, at, nodeCount + 1);
  at += 4 * (nodeCount + 1);
  const targets = littleEndianHost ? new Int32Array(base, at, edgeCount) : readInt32(view, at, edgeCount);
  at += 4 * edgeCount;
  const weights = littleEndianHost ? new Uint16Array(base, at, edgeCount) : readUint16(view, at, edgeCount);
  at += 2 * edgeCount;
  const modes = new Uint8Array(base, at, edgeCount);
  const graph: TravelGraph = { cellCount, nodeCount, edgeCount, offsets, targets, weights, modes };
  checkGraph(graph, file);
  return graph;
}

function readInt32(view: DataView, at: number, n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = view.getInt32(at + 4 * i, true);
  return out;
}

function readUint16(view: DataView, at: number, n: number): Uint16Array {
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) out[i] = view.getUint16(at + 2 * i, true);
  return out;
}

/** O(nodes + edges) structure check: the search trusts these invariants. */
export function checkGraph(graph: TravelGraph, file = 'graph'): void {
  const { offsets, targets, modes, nodeCount, edgeCount } = graph;
  if (offsets[0] !== 0 || offsets[nodeCount] !== edgeCount) {
    throw new GraphFormatError(
      file,
      `has an invalid offset table (first ${offsets[0]}, last ${offsets[nodeCount]}, expected 0 and ${edgeCount})`,
    );
  }
  for (let v = 0; v < nodeCount; v++) {
    if (offsets[v + 1] < offsets[v]) throw new GraphFormatError(file, `node ${v} has a negative number of edges`);
  }
  for (let e = 0; e < edgeCount; e++) {
    const u = targets[e];
    if (!(u >= 0 && u < nodeCount))
      throw new GraphFormatError(file, `edge ${e} points to node ${u}, outside 0..${nodeCount - 1}`);
    const m = modes[e];
    if (m === 0 || (m & (m - 1)) !== 0 || m > 16)
      throw new GraphFormatError(file, `edge ${e} has an invalid mode ${m}`);
  }
}
