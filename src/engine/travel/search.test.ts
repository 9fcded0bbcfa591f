import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../graph/builder.ts';
import { MODE_BUS, MODE_CYCLE, MODE_RAIL } from '../graph/modes.ts';
import type { TravelGraph } from '../graph/types.ts';
import { createTravelSearch, NO_SOURCE, UNREACHABLE } from './search.ts';

interface EdgeSpec { from: number; to: number; tenths: number; mode: number }
interface GraphSpec { cells: number; helpers: number; edges: EdgeSpec[] }

function build(spec: GraphSpec): TravelGraph {
  const b = new GraphBuilder(spec.cells);
  b.addNodes(spec.helpers);
  for (const e of spec.edges) b.addEdge(e.from, e.to, e.tenths / 10, e.mode);
  return b.build();
}

/** Reference: Bellman–Ford on the forward edges, exact tenths from every cell TO the nearest source. */
function referenceTenths(spec: GraphSpec, sources: number[]): number[] {
  const n = spec.cells + spec.helpers;
  const dist = new Array<number>(n).fill(Infinity);
  for (const s of sources) dist[s] = 0;
  for (let round = 0; round < n; round++) {
    for (const e of spec.edges) {
      if (dist[e.to] + e.tenths < dist[e.from]) dist[e.from] = dist[e.to] + e.tenths;
    }
  }
  return dist.slice(0, spec.cells);
}

function reference(spec: GraphSpec, sources: number[], cutoffMinutes: number): number[] {
  return referenceTenths(spec, sources).map((d) => (d <= cutoffMinutes * 10 ? Math.round(d / 10) : UNREACHABLE));
}

const graphSpec = fc
  .record({ cells: fc.integer({ min: 1, max: 9 }), helpers: fc.integer({ min: 0, max: 4 }) })
  .chain(({ cells, helpers }) => {
    const node = fc.integer({ min: 0, max: cells + helpers - 1 });
    const edge = fc.record({
      from: node,
      to: node,
      tenths: fc.integer({ min: 0, max: 400 }),
      mode: fc.constantFrom(MODE_CYCLE, MODE_BUS, MODE_RAIL),
    });
    return fc.record({ cells: fc.constant(cells), helpers: fc.constant(helpers), edges: fc.array(edge, { maxLength: 40 }) });
  });

const withSources = graphSpec.chain((spec) =>
  fc.record({
    spec: fc.constant(spec),
    sources: fc.array(fc.integer({ min: 0, max: spec.cells - 1 }), { minLength: 1, maxLength: 4 }),
    cutoff: fc.integer({ min: 0, max: 120 }),
  }),
);

describe('createTravelSearch', () => {
  it('matches a brute-force reference on random graphs, cutoff included', () => {
    fc.assert(
      fc.property(withSources, ({ spec, sources, cutoff }) => {
        const field = createTravelSearch(build(spec)).computeField(sources, cutoff);
        expect(Array.from(field.minutes)).toEqual(reference(spec, sources, cutoff));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the cell-wise minimum of single-source fields for several sources', () => {
    fc.assert(
      fc.property(withSources, ({ spec, sources, cutoff }) => {
        const search = createTravelSearch(build(spec));
        const multi = Array.from(search.computeField(sources, cutoff).minutes);
        const singles = sources.map((s) => Array.from(search.computeField([s], cutoff).minutes));
        const min = multi.map((_, i) => Math.min(...singles.map((f) => f[i])));
        expect(multi).toEqual(min);
      }),
      { numRuns: 200 },
    );
  });

  it('searches against the edge direction: a one-way edge u → v lets u reach a source at v', () => {
    const b = new GraphBuilder(3);
    b.addEdge(0, 1, 5, MODE_BUS);
    b.addEdge(1, 2, 7, MODE_RAIL);
    const field = createTravelSearch(b.build()).computeField([2], 60);
    expect(Array.from(field.minutes)).toEqual([12, 7, 0]);
    expect(Array.from(field.modes)).toEqual([MODE_BUS | MODE_RAIL, MODE_RAIL, 0]);
    // From source 0 nobody else can reach it: the edges point away from it.
    expect(Array.from(createTravelSearch(b.build()).computeField([0], 60).minutes)).toEqual([0, UNREACHABLE, UNREACHABLE]);
  });

  it('keeps a cell exactly at the cutoff and drops one just beyond it', () => {
    const b = new GraphBuilder(3);
    b.addEdge(1, 0, 30, MODE_CYCLE);
    b.addEdge(2, 1, 0.1, MODE_CYCLE);
    const field = createTravelSearch(b.build()).computeField([0], 30);
    expect(Array.from(field.minutes)).toEqual([0, 30, UNREACHABLE]);
    expect(field.modes[2]).toBe(0);
  });

  it('reports the modes of the fastest route, not of a slower one', () => {
    const b = new GraphBuilder(2);
    b.addNodes(1);
    b.addEdge(0, 1, 20, MODE_CYCLE);
    b.addEdge(0, 2, 5, MODE_BUS);
    b.addEdge(2, 1, 5, MODE_RAIL);
    const field = createTravelSearch(b.build()).computeField([1], 60);
    expect(field.minutes[0]).toBe(10);
    expect(field.modes[0]).toBe(MODE_BUS | MODE_RAIL);
  });

  it('can be reused: a second search does not see the first', () => {
    const b = new GraphBuilder(2);
    b.addEdge(0, 1, 4, MODE_CYCLE);
    const search = createTravelSearch(b.build());
    search.computeField([1], 60);
    expect(Array.from(search.computeField([0], 60).minutes)).toEqual([0, UNREACHABLE]);
  });

  it('rejects sources outside the cells and invalid cutoffs', () => {
    const b = new GraphBuilder(2);
    b.addNodes(1);
    const search = createTravelSearch(b.build());
    expect(() => search.computeField([2], 60)).toThrow(/source 0 is cell 2, outside 0\.\.1/);
    expect(() => search.computeField([-1], 60)).toThrow(RangeError);
    expect(() => search.computeField([0.5], 60)).toThrow(RangeError);
    expect(() => search.computeField([0], -1)).toThrow(/cutoff/);
    expect(() => search.computeField([0], Number.NaN)).toThrow(/cutoff/);
  });

  it('returns all UNREACHABLE for no sources', () => {
    const b = new GraphBuilder(2);
    b.addEdge(0, 1, 1, MODE_CYCLE);
    expect(Array.from(createTravelSearch(b.build()).computeField([], 60).minutes)).toEqual([UNREACHABLE, UNREACHABLE]);
  });
});

describe('computeNearest', () => {
  const withLabels = withSources.chain((input) =>
    fc.record({ input: fc.constant(input), labels: fc.array(fc.nat(5), { minLength: input.sources.length, maxLength: input.sources.length }) }),
  );

  it('gives the label of the nearest source, the lowest label on a tie (zero-weight edges included)', () => {
    fc.assert(
      fc.property(withLabels, ({ input: { spec, sources, cutoff }, labels }) => {
        const result = createTravelSearch(build(spec)).computeNearest(sources, labels, cutoff);
        // Brute force: each source alone, in exact tenths; the smallest distance, then the lowest label.
        const single = sources.map((s) => referenceTenths(spec, [s]));
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

  it('gives the same minutes as computeField, and leaves computeField unchanged afterwards', () => {
    fc.assert(
      fc.property(withLabels, ({ input: { spec, sources, cutoff }, labels }) => {
        const search = createTravelSearch(build(spec));
        const field = Array.from(search.computeField(sources, cutoff).minutes);
        expect(Array.from(search.computeNearest(sources, labels, cutoff).minutes)).toEqual(field);
        expect(Array.from(search.computeField(sources, cutoff).minutes)).toEqual(field);
      }),
      { numRuns: 200 },
    );
  });

  it('grows its queue when equal-distance label improvements exceed one push per edge', () => {
    // Sources 0..n-1 (label = index) all reachable at zero minutes from a hub, which a chain of
    // k cells reaches at zero minutes. The bucket is LIFO, so the sources are taken in falling
    // label order: each one improves the hub and the whole chain again, about n × k pushes
    // against a pool of 2(n + k) + 1.
    const n = 20;
    const k = 20;
    const hub = n;
    const b = new GraphBuilder(n + 1 + k);
    for (let i = 0; i < n; i++) b.addEdge(hub, i, 0, MODE_CYCLE);
    b.addEdge(hub + 1, hub, 0, MODE_CYCLE);
    for (let j = hub + 1; j < hub + k; j++) b.addEdge(j + 1, j, 0, MODE_CYCLE);
    const sources = Array.from({ length: n }, (_, i) => i);
    const { nearest, minutes } = createTravelSearch(b.build()).computeNearest(sources, sources, 10);
    expect(Array.from(nearest)).toEqual([...sources, ...new Array(k + 1).fill(0)]);
    expect(Array.from(minutes)).toEqual(new Array(n + 1 + k).fill(0));
  });

  it('rejects labels that do not match the sources or are not integers ≥ 0', () => {
    const b = new GraphBuilder(2);
    const search = createTravelSearch(b.build());
    expect(() => search.computeNearest([0, 1], [0], 60)).toThrow(/1 labels for 2 sources/);
    expect(() => search.computeNearest([0], [-1], 60)).toThrow(/label 0 is -1/);
    expect(() => search.computeNearest([0], [0.5], 60)).toThrow(RangeError);
  });
});
