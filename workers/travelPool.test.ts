import '@vitest/web-worker';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphBuilder } from '../src/engine/graph/builder.ts';
import { encodeGraph } from '../src/engine/graph/codec.ts';
import { MODE_CYCLE, MODE_RAIL } from '../src/engine/graph/modes.ts';
import { createTravelSearch, UNREACHABLE } from '../src/engine/travel/search.ts';
import { createTravelPool } from './travelPool.ts';
import type { TravelPool } from './travelPool.ts';
import type { FieldRequest, FromWorker, ToWorker } from './travel-protocol.ts';

/** A line of 6 cells, 2 minutes apart, with a fast rail shortcut from cell 0 to cell 5. */
function lineGraph() {
  const b = new GraphBuilder(6);
  for (let i = 0; i < 5; i++) {
    b.addEdge(i, i + 1, 2, MODE_CYCLE);
    b.addEdge(i + 1, i, 2, MODE_CYCLE);
  }
  b.addEdge(0, 5, 3, MODE_RAIL);
  return b.build();
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** A stand-in worker whose answers the test releases by hand, to test the queue logic. */
class ManualWorker {
  constructor(private readonly options: { initError?: string } = {}) {}
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private requests: FieldRequest[] = [];
  private seen: number[][] = [];

  asWorker(): Worker {
    return this as unknown as Worker;
  }

  postMessage(message: ToWorker): void {
    if (message.type === 'init') {
      this.send(this.options.initError ? { type: 'error', id: -1, message: this.options.initError } : { type: 'ready' });
    }
    else {
      this.requests.push(message);
      this.seen.push(Array.from(message.sources));
    }
  }

  terminate(): void {}

  start(): void {
    this.send({ type: 'loaded' });
  }

  answerAll(): void {
    for (const r of this.requests.splice(0)) {
      this.send({ type: 'field', id: r.id, minutes: new Uint16Array(1), modes: new Uint8Array(1), elapsedMs: 0 });
    }
  }

  requestedSources(): number[][] {
    return this.seen;
  }

  private send(message: FromWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
}

let pool: TravelPool | null = null;
afterEach(() => {
  pool?.terminate();
  pool = null;
});

describe('travel worker pool', () => {
  // The one test with real module workers (through @vitest/web-worker): the wiring works end to
  // end. The queue logic is tested below with hand-driven workers, the message handling in
  // travel-handler.test.ts.
  it('returns the same field as the engine, from real workers', async () => {
    const graph = lineGraph();
    pool = createTravelPool({ graph: toArrayBuffer(encodeGraph(graph)), size: 2 });
    const direct = createTravelSearch(graph);
    const [a, b] = await Promise.all([
      pool.computeField(Int32Array.of(5), 60),
      pool.computeField(Int32Array.of(2), 3),
    ]);
    expect(Array.from(a.minutes)).toEqual(Array.from(direct.computeField([5], 60).minutes));
    expect(a.minutes[0]).toBe(3);
    expect(a.modes[0]).toBe(MODE_RAIL);
    expect(Array.from(b.minutes)).toEqual([UNREACHABLE, 2, 0, 2, UNREACHABLE, UNREACHABLE]);
    expect(pool.pending()).toBe(0);
  }, 20_000);

  it('drops a queued request superseded by a newer one with the same key', async () => {
    const worker = new ManualWorker();
    pool = createTravelPool({ graph: new ArrayBuffer(8), size: 1, createWorker: () => worker.asWorker() });
    worker.start();
    const first = pool.computeField(Int32Array.of(0), 60, { key: 'layer' });
    const second = pool.computeField(Int32Array.of(1), 60, { key: 'layer' });
    const other = pool.computeField(Int32Array.of(1), 60, { key: 'other layer' });
    const third = pool.computeField(Int32Array.of(2), 60, { key: 'layer' });
    // The first is running in the only worker; the second was still queued.
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    expect(pool.pending()).toBe(3);
    worker.answerAll();
    await expect(first).resolves.toBeDefined();
    worker.answerAll();
    await expect(other).resolves.toBeDefined();
    worker.answerAll();
    await expect(third).resolves.toBeDefined();
    expect(worker.requestedSources()).toEqual([[0], [1], [2]]);
  });

  it('rejects an aborted request and never runs it', async () => {
    const worker = new ManualWorker();
    pool = createTravelPool({ graph: new ArrayBuffer(8), size: 1, createWorker: () => worker.asWorker() });
    worker.start();
    const controller = new AbortController();
    const running = pool.computeField(Int32Array.of(0), 60);
    const queued = pool.computeField(Int32Array.of(1), 60, { signal: controller.signal });
    controller.abort();
    await expect(queued).rejects.toMatchObject({ name: 'AbortError' });
    worker.answerAll();
    await expect(running).resolves.toBeDefined();
    expect(worker.requestedSources()).toEqual([[0]]);
    expect(pool.pending()).toBe(0);
  });

  it('fails every request, and ready(), when a worker cannot load the graph', async () => {
    const worker = new ManualWorker({ initError: 'graph.bin: is not a travel graph' });
    pool = createTravelPool({ graph: new ArrayBuffer(8), size: 1, createWorker: () => worker.asWorker() });
    const request = pool.computeField(Int32Array.of(0), 60);
    worker.start();
    await expect(pool.ready()).rejects.toThrow(/could not load the graph: graph\.bin: is not a travel graph/);
    await expect(request).rejects.toThrow(/could not load the graph/);
    await expect(pool.computeField(Int32Array.of(0), 60)).rejects.toThrow(/could not load the graph/);
  });
});
