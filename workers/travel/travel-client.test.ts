import '@vitest/web-worker';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../src/engine/graph/builder.ts';
import { encodeGraph } from '../../src/engine/graph/codec.ts';
import { MODE_CYCLE, MODE_RAIL } from '../../src/engine/graph/modes.ts';
import { createTravelSearch, UNREACHABLE } from '../../src/engine/travel/search.ts';
import { createTravelClient, type TravelClient } from './travel-client.ts';

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

let client: TravelClient | null = null;
afterEach(() => {
  client?.terminate();
  client = null;
});

// The one test with real module workers (through @vitest/web-worker): the wiring works end to
// end. The queue over several workers, cancel and supersede are tested in
// protocol/worker-client.test.ts: two workers of one module hang under @vitest/web-worker here,
// while one works (the browser tests run two real ones).
describe('travel client (real workers)', () => {
  it('returns the same field as the engine', async () => {
    const graph = lineGraph();
    const bytes = encodeGraph(graph);
    client = createTravelClient(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, 1);
    const direct = createTravelSearch(graph);
    const [a, b] = await Promise.all([client.call('field', [Int32Array.of(5), 60]), client.call('field', [Int32Array.of(2), 3])]);
    expect(Array.from(a.minutes)).toEqual(Array.from(direct.computeField([5], 60).minutes));
    expect(a.minutes[0]).toBe(3);
    expect(a.modes[0]).toBe(MODE_RAIL);
    expect(Array.from(b.minutes)).toEqual([UNREACHABLE, 2, 0, 2, UNREACHABLE, UNREACHABLE]);
  }, 20_000);

  it('fails every call when the graph is not a travel graph', async () => {
    client = createTravelClient(new ArrayBuffer(30), 1);
    await expect(client.call('field', [Int32Array.of(0), 60])).rejects.toThrow(/the travel worker could not start: .*not a travel graph/);
  }, 20_000);
});
