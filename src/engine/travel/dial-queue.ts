/**
 * Dial's algorithm's queue: a ring of buckets indexed by distance. Edge weights are small
 * integers (tenths of a minute), so this beats a binary heap: a push is O(1) and a search's
 * cutoff simply ends the scan. Buckets are singly linked lists through a preallocated entry
 * pool; an entry carries a node and a caller-defined tag (e.g. which source it came from).
 * Searches push an improved node again and skip the stale entry when it is popped (lazy
 * deletion), which is cheaper than unlinking. The hot loop allocates nothing.
 *
 * Use: reset(), push the sources at distance 0, then for d = 0, 1, … while `size > 0` pop
 * every entry of distance d with `pop(d)` until it returns -1. Every queued distance lies in
 * [d, d + maxWeight] and the ring has more than maxWeight buckets, so a bucket never mixes
 * distances.
 */
export class DialQueue {
  /** node of each entry */
  readonly node: Int32Array;
  /** tag of each entry */
  readonly tag: Int32Array;
  /** entries queued and not yet popped */
  size = 0;
  private readonly next: Int32Array;
  private readonly head: Int32Array;
  private readonly ringMask: number;
  private used = 0;

  /**
   * `capacity` bounds the pushes between two resets; the caller proves its bound (a search
   * that pushes only on a strict improvement pushes at most once per edge relaxation).
   */
  constructor(maxWeight: number, readonly capacity: number) {
    let ring = 1;
    while (ring <= maxWeight) ring <<= 1;
    this.ringMask = ring - 1;
    this.head = new Int32Array(ring).fill(-1);
    this.node = new Int32Array(capacity);
    this.tag = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
  }

  reset(): void {
    this.head.fill(-1);
    this.used = 0;
    this.size = 0;
  }

  push(node: number, tag: number, dist: number): void {
    const p = this.used++;
    // A typed-array write past the end is silently dropped; fail loudly instead.
    if (p >= this.capacity) throw new RangeError(`queue capacity ${this.capacity} exceeded`);
    const b = dist & this.ringMask;
    this.node[p] = node;
    this.tag[p] = tag;
    this.next[p] = this.head[b];
    this.head[b] = p;
    this.size++;
  }

  /** The next entry of distance `dist` (its index into node/tag), or -1 when there is none. */
  pop(dist: number): number {
    const b = dist & this.ringMask;
    const p = this.head[b];
    if (p !== -1) {
      this.head[b] = this.next[p];
      this.size--;
    }
    return p;
  }
}

/** The largest edge weight of a graph: the queue's ring must be longer than it. */
export function maxEdgeWeight(weights: Uint16Array): number {
  let max = 0;
  for (let e = 0; e < weights.length; e++) if (weights[e] > max) max = weights[e];
  return max;
}
