import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../graph/builder.ts';
import { MODE_CYCLE } from '../graph/modes.ts';
import { build, referenceUnits, withSources } from './random-graph.fixture.ts';
import { INF } from './search.ts';
import { createTwoNearestSearch } from './two-nearest.ts';

describe('createTwoNearestSearch', () => {
  it('gives every cell its nearest source and the nearest other source, as brute force per source does', () => {
    fc.assert(
      fc.property(withSources, ({ spec, sources, cutoff }) => {
        const result = createTwoNearestSearch(build(spec)).search(sources, cutoff);
        // Brute force: one reference search per source (duplicate cells are distinct sources).
        const perSource = sources.map((s) => referenceUnits(spec, [s]));
        const limit = cutoff * 10;
        for (let c = 0; c < spec.cells; c++) {
          const within = perSource.map((d, i) => ({ d: d[c], i })).filter((x) => x.d <= limit).sort((a, b) => a.d - b.d);
          const first = within[0];
          const second = within[1];
          expect(result.firstUnits[c]).toBe(first ? first.d : INF);
          expect(result.secondUnits[c]).toBe(second ? second.d : INF);
          // The sources named carry those distances (which of two tied sources is first is free).
          if (first) expect(perSource[result.firstSource[c]][c]).toBe(first.d);
          else expect(result.firstSource[c]).toBe(-1);
          if (second) {
            expect(result.secondSource[c]).not.toBe(result.firstSource[c]);
            expect(perSource[result.secondSource[c]][c]).toBe(second.d);
          } else expect(result.secondSource[c]).toBe(-1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('treats two sources in one cell as distinct sources at equal minutes', () => {
    const b = new GraphBuilder(3);
    b.addEdge(1, 0, 5, MODE_CYCLE);
    b.addEdge(2, 1, 5, MODE_CYCLE);
    const r = createTwoNearestSearch(b.build()).search([0, 0, 0], 60);
    expect([...r.firstUnits.slice(0, 3)]).toEqual([0, 50, 100]);
    expect([...r.secondUnits.slice(0, 3)]).toEqual([0, 50, 100]);
    expect(r.firstSource[2]).not.toBe(r.secondSource[2]);
  });

  it('can be reused and rejects bad sources', () => {
    const b = new GraphBuilder(2);
    b.addEdge(0, 1, 4, MODE_CYCLE);
    const search = createTwoNearestSearch(b.build());
    search.search([1], 60);
    const r = search.search([0], 60);
    expect([...r.firstUnits]).toEqual([0, INF]);
    expect(() => search.search([2], 60)).toThrow(/source 0 is cell 2/);
    expect(() => search.search([0], -1)).toThrow(/cutoff/);
  });
});
