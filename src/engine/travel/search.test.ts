import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../graph/builder.ts';
import { MODE_BUS, MODE_CYCLE, MODE_RAIL } from '../graph/modes.ts';
import { build, reference, withSources } from './random-graph.fixture.ts';
import { createTravelSearch, UNREACHABLE } from './search.ts';

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

  it('reachOf lists exactly the cells a single-source field has within the cutoff, between field searches', () => {
    fc.assert(
      fc.property(withSources, fc.constantFrom(0, 0.44, 0.56), ({ spec, sources, cutoff }, fraction) => {
        const search = createTravelSearch(build(spec));
        const limit = cutoff + fraction;
        const within = (minutes: Uint16Array) => [...minutes.keys()].filter((c) => minutes[c] <= limit);
        // A multi-source field first leaves the search's state dirty; reachOf must not see it.
        search.computeField(sources, cutoff);
        for (const source of sources) {
          const expected = within(search.computeField([source], limit).minutes);
          expect(Array.from(search.reachOf(source, limit))).toEqual(expected);
          // …and a field search after reachOf is unaffected by it.
          expect(within(search.computeField([source], limit).minutes)).toEqual(expected);
        }
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
    expect(Array.from(createTravelSearch(b.build()).computeField([0], 60).minutes)).toEqual([
      0,
      UNREACHABLE,
      UNREACHABLE,
    ]);
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
