import { describe, expect, it } from 'vitest';
import { type FromWorker, isAbortError, type ToWorker, type WorkerApi, withTransfer } from './messages.ts';
import { createDispatcher, reportProgress } from './serve-worker.ts';
import { createWorkerClient } from './worker-client.ts';

/**
 * An in-process stand-in for a worker: the real dispatcher behind a postMessage whose calls the
 * test releases by hand (`answer()`), so the queue, cancel and supersede can be watched.
 */
class FakeWorker {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: ToWorker[] = [];
  readonly transfers: Transferable[][] = [];
  private readonly held: ToWorker[] = [];
  private readonly dispatch: (message: ToWorker) => Promise<void>;

  constructor(
    api: WorkerApi,
    private readonly hold = false,
  ) {
    this.dispatch = createDispatcher(api, (message) => this.onmessage?.({ data: message } as MessageEvent<FromWorker>));
  }
  asWorker(): Worker {
    return this as unknown as Worker;
  }
  load(): void {
    this.onmessage?.({ data: { kind: 'loaded' } } as MessageEvent<FromWorker>);
  }
  postMessage(message: ToWorker, transfer: Transferable[] = []): void {
    this.received.push(message);
    this.transfers.push(transfer);
    if (this.hold) this.held.push(message);
    else void this.dispatch(message);
  }
  /** Lets the worker answer every call it holds. */
  async answer(): Promise<void> {
    for (const message of this.held.splice(0)) await this.dispatch(message);
  }
  crash(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }
  terminate(): void {}
}

const api = {
  double: (x: number) => x * 2,
  fail: (): number => {
    throw new Error('no such cell');
  },
  field: (n: number) => {
    const minutes = new Uint16Array(n).fill(7);
    return withTransfer({ minutes }, [minutes.buffer]);
  },
  long: (steps: number) => {
    for (let i = 1; i <= steps; i++) reportProgress(i / steps);
    return steps;
  },
};

describe('createWorkerClient', () => {
  it('calls a method by name and resolves with its answer, moving transferred buffers', async () => {
    const worker = new FakeWorker(api);
    const client = createWorkerClient<typeof api>({ name: 'test', create: () => worker.asWorker() });
    const answer = client.call('double', [21]);
    worker.load();
    await expect(answer).resolves.toBe(42);
    const { minutes } = await client.call('field', [3]);
    expect(Array.from(minutes)).toEqual([7, 7, 7]);
  });

  it('passes the progress a handler reports to that call only', async () => {
    const worker = new FakeWorker(api);
    const client = createWorkerClient<typeof api>({ name: 'test', create: () => worker.asWorker() });
    const seen: number[] = [];
    const answer = client.call('long', [4], { onProgress: (f) => seen.push(f) });
    worker.load();
    await expect(answer).resolves.toBe(4);
    expect(seen).toEqual([0.25, 0.5, 0.75, 1]);
    await expect(client.call('double', [2])).resolves.toBe(4);
    expect(seen).toHaveLength(4);
  });

  it('reports a failing call with its message and keeps the worker usable', async () => {
    const worker = new FakeWorker(api);
    const client = createWorkerClient<typeof api>({ name: 'test', create: () => worker.asWorker() });
    const answer = client.call('fail', []);
    worker.load();
    await expect(answer).rejects.toThrow('no such cell');
    await expect(client.call('double', [1])).resolves.toBe(2);
  });

  it('starts its workers with the client, or on the first call when lazy', async () => {
    let eager = 0;
    createWorkerClient<typeof api>({
      name: 'test',
      size: 2,
      create: () => {
        eager++;
        return new FakeWorker(api).asWorker();
      },
    });
    expect(eager).toBe(2);
    const workers = [new FakeWorker(api), new FakeWorker(api)];
    let made = 0;
    const client = createWorkerClient<typeof api>({
      name: 'test',
      size: 2,
      lazy: true,
      create: () => workers[made++].asWorker(),
    });
    expect(made).toBe(0);
    const answer = client.call('double', [4]);
    expect(made).toBe(2);
    for (const w of workers) w.load();
    await expect(answer).resolves.toBe(8);
    await client.call('double', [1]);
    expect(made).toBe(2);
  });

  it('sends nothing before the worker has loaded, and sends init first', async () => {
    const worker = new FakeWorker({ ...api, init: (_bytes: ArrayBuffer) => undefined });
    const bytes = new ArrayBuffer(4);
    const client = createWorkerClient<typeof api & { init(bytes: ArrayBuffer): void }>({
      name: 'test',
      create: () => worker.asWorker(),
      init: () => ({ method: 'init', args: [bytes], transfer: [bytes] }),
    });
    const answer = client.call('double', [2]);
    expect(worker.received).toEqual([]);
    worker.load();
    await expect(answer).resolves.toBe(4);
    expect(worker.received.map((m) => m.method)).toEqual(['init', 'double']);
    expect(worker.transfers[0]).toEqual([bytes]);
  });

  it('fails every call when init fails', async () => {
    const worker = new FakeWorker({
      init: () => {
        throw new Error('graph.bin: is not a travel graph');
      },
      ...api,
    });
    const client = createWorkerClient<typeof api & { init(): void }>({
      name: 'travel',
      create: () => worker.asWorker(),
      init: () => ({ method: 'init', args: [] }),
    });
    const call = client.call('double', [1]);
    worker.load();
    await expect(call).rejects.toThrow('the travel worker could not start: graph.bin: is not a travel graph');
    await expect(client.call('double', [1])).rejects.toThrow(/could not start/);
  });

  it('never sends a call aborted while queued, and drops the answer of one aborted while running', async () => {
    const worker = new FakeWorker(api, true);
    const client = createWorkerClient<typeof api>({ name: 'test', create: () => worker.asWorker() });
    const first = new AbortController();
    const second = new AbortController();
    const running = client.call('double', [1], { signal: first.signal });
    worker.load();
    const queued = client.call('double', [2], { signal: second.signal });
    const third = client.call('double', [3]);
    second.abort();
    first.abort();
    await expect(queued).rejects.toSatisfy(isAbortError);
    await expect(running).rejects.toSatisfy(isAbortError);
    await worker.answer();
    await worker.answer();
    await expect(third).resolves.toBe(6);
    expect(worker.received.map((m) => m.args)).toEqual([[1], [3]]);
  });

  it('supersedes a queued call by a newer one with the same key', async () => {
    const worker = new FakeWorker(api, true);
    const client = createWorkerClient<typeof api>({ name: 'test', create: () => worker.asWorker() });
    const first = client.call('double', [1], { key: 'field' });
    worker.load();
    const second = client.call('double', [2], { key: 'field' });
    const other = client.call('double', [5], { key: 'other' });
    const third = client.call('double', [3], { key: 'field' });
    await expect(second).rejects.toSatisfy(isAbortError);
    for (let i = 0; i < 3; i++) await worker.answer();
    expect(await Promise.all([first, other, third])).toEqual([2, 10, 6]);
    expect(worker.received.map((m) => m.args[0])).toEqual([1, 5, 3]);
  });

  it('spreads calls over several workers', async () => {
    const workers = [new FakeWorker(api, true), new FakeWorker(api, true)];
    let made = 0;
    const client = createWorkerClient<typeof api>({ name: 'test', size: 2, create: () => workers[made++].asWorker() });
    const calls = [client.call('double', [1]), client.call('double', [2]), client.call('double', [3])];
    for (const w of workers) w.load();
    expect(workers.map((w) => w.received.length)).toEqual([1, 1]);
    await workers[1].answer();
    expect(workers[1].received.length).toBe(2);
    await workers[0].answer();
    await workers[1].answer();
    expect(await Promise.all(calls)).toEqual([2, 4, 6]);
  });

  it('rejects everything pending when a worker crashes or is terminated', async () => {
    const worker = new FakeWorker(api, true);
    const client = createWorkerClient<typeof api>({ name: 'metrics', create: () => worker.asWorker() });
    const call = client.call('double', [1]);
    worker.load();
    worker.crash('out of memory');
    await expect(call).rejects.toThrow('the metrics worker crashed: out of memory');
    const other = createWorkerClient<typeof api>({ name: 'test', create: () => new FakeWorker(api, true).asWorker() });
    const pending = other.call('double', [1]);
    other.terminate();
    await expect(pending).rejects.toSatisfy(isAbortError);
  });
});
