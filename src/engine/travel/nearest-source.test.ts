import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../graph/builder.ts';
import { MODE_CYCLE } from '../graph/modes.ts';
import { createNearestSourceSearch, NO_SOURCE } from './nearest-source.ts';
import { build, reference, referenceUnits, withSources } from './random-graph.fixture.ts';
import { createTravelSearch } from './search.ts';

const withLabels = withSources.chain((input) =>
  fc.record({
    input: fc.constant(input),
    labels: fc.array(fc.nat(5), { minLength: input.sources.length, maxLength: input.sources.length }),
  }),
);

describe('createNearestSourceSearch', () => {
  it('gives the label of the nearest source, the lowest label on a tie (zero-minute edges included)', () => {
    fc.assert(
      fc.property(withLabels, ({ input: { spec, sources, cutoff }, labels }) => {
        const result = createNearestSourceSearch(build(spec)).computeNearest(sources, labels, cutoff);
        // Brute force: each source alone, in exact tenths; the smallest distance, then the lowest label.
        const single = sources.map((s) => referenceUnits(spec, [s]));
        const expected = Array.from({ length: spec.cells }, (_, c) => {
          const best = Math.min(...single.map((d) => d[c]));
          if (!(best <= cutoff * 10)) return NO_SOURCE;
          return Math.min(...labels.filter((_, i) => single[i][c] === best));
        });
        expect(Array.from(result.nearest)).toEqual(expected);
        expect(Array.from(result.minutes)).toEqual(reference(spec, sources, cutoff));
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same minutes as the field search', () => {
    fc.assert(
      fc.property(withLabels, ({ input: { spec, sources, cutoff }, labels }) => {
        const graph = build(spec);
        const nearest = createNearestSourceSearch(graph);
        // Twice with one searcher: a second search does not see the first.
        nearest.computeNearest(sources.slice(0, 1), labels.slice(0, 1), cutoff);
        expect(Array.from(nearest.computeNearest(sources, labels, cutoff).minutes)).toEqual(
          Array.from(createTravelSearch(graph).computeField(sources, cutoff).minutes),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('grows its queue when equal-distance label improvements exceed one push per edge', () => {
    // Sources 0..n-1 (label = index) all reachable at zero minutes from a hub, which a chain of
    // k cells reaches at zero minutes. The bucket is LIFO, so the sources are taken in falling
    // label order: each one improves the hub and the whole chain again, about n × k pushes
    // against a queue of n + k edges plus n sources.
    const n = 20;
    const k = 20;
    const hub = n;
    const b = new GraphBuilder(n + 1 + k);
    for (let i = 0; i < n; i++) b.addEdge(hub, i, 0, MODE_CYCLE);
    b.addEdge(hub + 1, hub, 0, MODE_CYCLE);
    for (let j = hub + 1; j < hub + k; j++) b.addEdge(j + 1, j, 0, MODE_CYCLE);
    const sources = Array.from({ length: n }, (_, i) => i);
    const { nearest, minutes } = createNearestSourceSearch(b.build()).computeNearest(sources, sources, 10);
    expect(Array.from(nearest)).toEqual([...sources, ...new Array(k + 1).fill(0)]);
    expect(Array.from(minutes)).toEqual(new Array(n + 1 + k).fill(0));
  });

  it('rejects labels that do not match the sources or are not integers ≥ 0, and bad sources', () => {
    const search = createNearestSourceSearch(new GraphBuilder(2).build());
    expect(() => search.computeNearest([0, 1], [0], 60)).toThrow(/1 labels for 2 sources/);
    expect(() => search.computeNearest([0], [-1], 60)).toThrow(/label 0 is -1/);
    expect(() => search.computeNearest([0], [0.5], 60)).toThrow(RangeError);
    expect(() => search.computeNearest([2], [0], 60)).toThrow(/source 0 is cell 2/);
    expect(() => search.computeNearest([0], [0], -1)).toThrow(/cutoff/);
  });
});
