import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from './builder.ts';
import { decodeGraph, encodeGraph, GRAPH_HEADER_BYTES } from './codec.ts';
import { MODE_CYCLE, MODE_FERRY, MODE_FIXED_LINK } from './modes.ts';

function sample() {
  const b = new GraphBuilder(3);
  const helper = b.addNodes(1);
  b.addEdge(0, 1, 2.5, MODE_CYCLE);
  b.addEdge(1, helper, 0, MODE_FIXED_LINK);
  b.addEdge(helper, 2, 30, MODE_FERRY);
  return b.build();
}

describe('graph.bin codec', () => {
  it('round-trips random graphs exactly', () => {
    const spec = fc
      .record({ cells: fc.integer({ min: 0, max: 20 }), helpers: fc.integer({ min: 0, max: 5 }) })
      .chain(({ cells, helpers }) =>
        fc.record({
          cells: fc.constant(cells),
          helpers: fc.constant(helpers),
          edges:
            cells + helpers === 0
              ? fc.constant([])
              : fc.array(
                  fc.tuple(
                    fc.nat(cells + helpers - 1),
                    fc.nat(cells + helpers - 1),
                    fc.integer({ min: 0, max: 65535 }),
                    fc.constantFrom(1, 2, 4, 8, 16),
                  ),
                  { maxLength: 60 },
                ),
        }),
      );
    fc.assert(
      fc.property(spec, ({ cells, helpers, edges }) => {
        const b = new GraphBuilder(cells);
        b.addNodes(helpers);
        for (const [from, to, tenths, mode] of edges) b.addEdge(from, to, tenths / 10, mode);
        const graph = b.build();
        const decoded = decodeGraph(encodeGraph(graph));
        expect(decoded.cellCount).toBe(graph.cellCount);
        expect(decoded.nodeCount).toBe(graph.nodeCount);
        expect(Array.from(decoded.offsets)).toEqual(Array.from(graph.offsets));
        expect(Array.from(decoded.targets)).toEqual(Array.from(graph.targets));
        expect(Array.from(decoded.weights)).toEqual(Array.from(graph.weights));
        expect(Array.from(decoded.modes)).toEqual(Array.from(graph.modes));
      }),
      { numRuns: 100 },
    );
  });

  it('decodes without copying when the buffer is aligned', () => {
    const bytes = encodeGraph(sample());
    const graph = decodeGraph(bytes.buffer as ArrayBuffer);
    expect(graph.targets.buffer).toBe(bytes.buffer);
  });

  it('decodes from a misaligned view by copying', () => {
    const bytes = encodeGraph(sample());
    const shifted = new Uint8Array(bytes.byteLength + 1);
    shifted.set(bytes, 1);
    expect(Array.from(decodeGraph(shifted.subarray(1)).weights)).toEqual(Array.from(sample().weights));
  });

  it('rejects a wrong magic, version, truncation and broken structure with the file name', () => {
    const good = encodeGraph(sample());
    const magic = good.slice();
    magic[0] = 0x41;
    expect(() => decodeGraph(magic)).toThrow(/graph\.bin: is not a travel graph/);
    const version = good.slice();
    new DataView(version.buffer).setUint32(4, 9, true);
    expect(() => decodeGraph(version)).toThrow(/format version 9/);
    expect(() => decodeGraph(good.subarray(0, good.byteLength - 1))).toThrow(/truncated or corrupt/);
    expect(() => decodeGraph(good.subarray(0, 10))).toThrow(/shorter than its 20-byte header/);
    const target = good.slice();
    new DataView(target.buffer).setInt32(GRAPH_HEADER_BYTES + 4 * 5, 99, true);
    expect(() => decodeGraph(target, 'x.bin')).toThrow(/x\.bin: edge 0 points to node 99/);
    const mode = good.slice();
    mode[mode.byteLength - 1] = 3;
    expect(() => decodeGraph(mode)).toThrow(/invalid mode 3/);
  });
});
