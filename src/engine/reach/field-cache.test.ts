import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedUniqueCells, unionCells } from './cell-sets.ts';
import { FieldCache, minFields, UNREACHABLE } from './field-cache.ts';
import { referenceField, type SmallGraph } from './reference-field.fixture.ts';

/** A random directed graph of `n` cells with minutes 1..20 per edge. */
const graphArb = fc.integer({ min: 2, max: 30 }).chain((n) =>
  fc
    .array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 20 })), { maxLength: n * 4 })
    .map((list): SmallGraph => {
      const edges: [number, number][][] = Array.from({ length: n }, () => []);
      for (const [a, b, m] of list) edges[a].push([b, m]);
      return { cellCount: n, edges };
    }),
);

const setArb = (n: number) => fc.array(fc.nat(n - 1), { maxLength: 6 }).map(sortedUniqueCells);

function countingCache(graph: SmallGraph, maxBytes?: number) {
  const calls: number[][] = [];
  const cache = new FieldCache(
    (s, cutoff) => {
      calls.push([...s]);
      return referenceField(graph, s, cutoff);
    },
    graph.cellCount,
    maxBytes,
  );
  return { cache, calls };
}

describe('min-of-fields identity (reference Dijkstra)', () => {
  it('field(S ∪ T) equals the cell-wise minimum of field(S) and field(T)', () => {
    fc.assert(
      fc.property(
        graphArb.chain((g) =>
          fc.tuple(fc.constant(g), setArb(g.cellCount), setArb(g.cellCount), fc.integer({ min: 0, max: 60 })),
        ),
        ([graph, s, t, cutoff]) => {
          const union = referenceField(graph, unionCells([s, t]), cutoff);
          const min = minFields(referenceField(graph, s, cutoff), referenceField(graph, t, cutoff));
          expect([...union]).toEqual([...min]);
        },
      ),
    );
  });
});

describe('FieldCache', () => {
  const line: SmallGraph = {
    cellCount: 5,
    edges: [
      [[1, 10]],
      [
        [0, 10],
        [2, 10],
      ],
      [
        [1, 10],
        [3, 10],
      ],
      [
        [2, 10],
        [4, 10],
      ],
      [[3, 10]],
    ],
  };

  it('computes a set once per cutoff, keyed by the set whatever its origin', () => {
    const { cache, calls } = countingCache(line);
    const a = cache.field(Int32Array.of(0, 4), 30);
    expect(cache.field(sortedUniqueCells([4, 0, 4]), 30)).toBe(a);
    expect([...a]).toEqual([0, 10, 20, 10, 0]);
    cache.field(Int32Array.of(0, 4), 15);
    expect(calls).toEqual([
      [0, 4],
      [0, 4],
    ]);
    expect(cache.stats).toMatchObject({ computed: 2, hits: 1 });
  });

  it('gives an all-unreachable field for no sources without searching', () => {
    const { cache, calls } = countingCache(line);
    expect([...cache.field(new Int32Array(0), 30)]).toEqual(new Array(5).fill(UNREACHABLE));
    expect(calls).toEqual([]);
  });

  it('grows a union field incrementally by searching only from the added cells', () => {
    const { cache, calls } = countingCache(line);
    cache.unionField('n2', Int32Array.of(0), 25);
    const grown = cache.unionField('n2', Int32Array.of(0, 4), 25);
    expect(calls).toEqual([[0], [4]]);
    expect(cache.stats.incremental).toBe(1);
    expect([...grown]).toEqual([...referenceField(line, Int32Array.of(0, 4), 25)]);
    // Shrinking cannot use the identity: a full search.
    cache.unionField('n2', Int32Array.of(4), 25);
    expect(calls.at(-1)).toEqual([4]);
  });

  it('incremental union fields equal direct ones on random graphs and set sequences', () => {
    fc.assert(
      fc.property(
        graphArb.chain((g) => fc.tuple(fc.constant(g), fc.array(setArb(g.cellCount), { minLength: 1, maxLength: 5 }))),
        ([graph, sets]) => {
          const { cache } = countingCache(graph);
          let current: Int32Array = new Int32Array(0);
          for (const step of sets) {
            // Alternate growing and replacing, so both paths run.
            current = step.length % 2 === 0 ? unionCells([current, step]) : step;
            const got = cache.unionField('tag', current, 40);
            expect([...got]).toEqual([...referenceField(graph, current, 40)]);
          }
        },
      ),
    );
  });

  it('evicts least recently used fields beyond its byte budget', () => {
    const { cache, calls } = countingCache(line, 2 * 5 * 2); // room for two 5-cell fields
    cache.field(Int32Array.of(0), 30);
    cache.field(Int32Array.of(1), 30);
    cache.field(Int32Array.of(0), 30); // touch 0, so 1 is the oldest
    cache.field(Int32Array.of(2), 30);
    expect(cache.stats.evicted).toBe(1);
    cache.field(Int32Array.of(0), 30);
    cache.field(Int32Array.of(1), 30);
    expect(calls).toEqual([[0], [1], [2], [1]]);
  });

  it('refuses a field of the wrong length', () => {
    const cache = new FieldCache(() => new Uint16Array(3), 5);
    expect(() => cache.field(Int32Array.of(1), 10)).toThrow(/3 cells, the grid has 5/);
  });
});
