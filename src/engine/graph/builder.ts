import type { TravelGraph } from './types.ts';
import { WEIGHT_UNITS_PER_MINUTE } from './types.ts';

const MAX_WEIGHT = 65535;

/**
 * Collects directed edges of the real network (from → to, minutes, mode) and turns them into
 * the reversed CSR TravelGraph. Used at data-build time and by tests.
 */
export class GraphBuilder {
  readonly cellCount: number;
  private nodeCount: number;
  private from = new Int32Array(1024);
  private to = new Int32Array(1024);
  private weight = new Uint16Array(1024);
  private mode = new Uint8Array(1024);
  private count = 0;

  constructor(cellCount: number) {
    if (!Number.isInteger(cellCount) || cellCount < 0) throw new RangeError(`invalid cell count ${cellCount}`);
    this.cellCount = cellCount;
    this.nodeCount = cellCount;
  }

  get nodes(): number {
    return this.nodeCount;
  }

  get edges(): number {
    return this.count;
  }

  /** Reserves `n` helper nodes and returns the id of the first. */
  addNodes(n: number): number {
    const first = this.nodeCount;
    this.nodeCount += n;
    return first;
  }

  /** Adds the edge from → to; minutes are rounded to the nearest tenth. */
  addEdge(from: number, to: number, minutes: number, mode: number): void {
    if (!(from >= 0 && from < this.nodeCount && to >= 0 && to < this.nodeCount)) {
      throw new RangeError(`edge ${from} → ${to} uses a node outside 0..${this.nodeCount - 1}`);
    }
    const w = Math.round(minutes * WEIGHT_UNITS_PER_MINUTE);
    if (!(w >= 0 && w <= MAX_WEIGHT)) throw new RangeError(`edge ${from} → ${to} has invalid minutes ${minutes}`);
    if (this.count === this.from.length) this.grow();
    this.from[this.count] = from;
    this.to[this.count] = to;
    this.weight[this.count] = w;
    this.mode[this.count] = mode;
    this.count++;
  }

  private grow(): void {
    const size = this.from.length * 2;
    const f = new Int32Array(size);
    f.set(this.from);
    this.from = f;
    const t = new Int32Array(size);
    t.set(this.to);
    this.to = t;
    const w = new Uint16Array(size);
    w.set(this.weight);
    this.weight = w;
    const m = new Uint8Array(size);
    m.set(this.mode);
    this.mode = m;
  }

  /** The reversed CSR graph: incoming edges grouped by head, in insertion order per node. */
  build(): TravelGraph {
    const n = this.nodeCount;
    const e = this.count;
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < e; i++) offsets[this.to[i] + 1]++;
    for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
    const fill = offsets.slice(0, n);
    const targets = new Int32Array(e);
    const weights = new Uint16Array(e);
    const modes = new Uint8Array(e);
    for (let i = 0; i < e; i++) {
      const slot = fill[this.to[i]]++;
      targets[slot] = this.from[i];
      weights[slot] = this.weight[i];
      modes[slot] = this.mode[i];
    }
    return { cellCount: this.cellCount, nodeCount: n, edgeCount: e, offsets, targets, weights, modes };
  }
}
