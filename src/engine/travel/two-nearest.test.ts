import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../graph/builder.ts';
import { MODE_CYCLE } from '../graph/modes.ts';
import { build, referenceUnits, withSources } from './random-graph.fixture.ts';
import { INF } from './search.ts';
import {
  createTwoNearestSearch,
  FIRST_SOURCE,
  FIRST_UNITS,
  SECOND_SOURCE,
  SECOND_UNITS,
  type TwoNearest,
} from './two-nearest.ts';

/** One label field of every cell, e.g. the first distances. */
function column(r: TwoNearest, offset: number, cells: number): number[] {
  return Array.from({ length: cells }, (_, c) => r.labels[4 * c + offset]);
}

describe('createTwoNearestSearch', () => {
  it('gives every cell its nearest source and the nearest other source, as brute force per source does', () => {
    fc.assert(
      fc.property(withSources, ({ spec, sources, cutoff }) => {
        const result = createTwoNearestSearch(build(spec)).search(sources, cutoff);
        const [firstUnits, firstSource, secondUnits, secondSource] = [
          FIRST_UNITS,
          FIRST_SOURCE,
          SECOND_UNITS,
          SECOND_SOURCE,
        ].map((o) => column(result, o, spec.cells));
        // Brute force: one reference search per source (duplicate cells are distinct sources).
        const perSource = sources.map((s) => referenceUnits(spec, [s]));
        const limit = cutoff * 10;
        for (let c = 0; c < spec.cells; c++) {
          const within = perSource
            .map((d, i) => ({ d: d[c], i }))
            .filter((x) => x.d <= limit)
            .sort((a, b) => a.d - b.d);
          const first = within[0];
          const second = within[1];
          expect(firstUnits[c]).toBe(first ? first.d : INF);
          expect(secondUnits[c]).toBe(second ? second.d : INF);
          // The sources named carry those distances (which of two tied sources is first is free).
          if (first) expect(perSource[firstSource[c]][c]).toBe(first.d);
          else expect(firstSource[c]).toBe(-1);
          if (second) {
            expect(secondSource[c]).not.toBe(firstSource[c]);
            expect(perSource[secondSource[c]][c]).toBe(second.d);
          } else expect(secondSource[c]).toBe(-1);
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
    expect(column(r, FIRST_UNITS, 3)).toEqual([0, 50, 100]);
    expect(column(r, SECOND_UNITS, 3)).toEqual([0, 50, 100]);
    expect(r.labels[4 * 2 + FIRST_SOURCE]).not.toBe(r.labels[4 * 2 + SECOND_SOURCE]);
  });

  it('can be reused and rejects bad sources', () => {
    const b = new GraphBuilder(2);
    b.addEdge(0, 1, 4, MODE_CYCLE);
    const search = createTwoNearestSearch(b.build());
    search.search([1], 60);
    const r = search.search([0], 60);
    expect(column(r, FIRST_UNITS, 2)).toEqual([0, INF]);
    expect(() => search.search([2], 60)).toThrow(/source 0 is cell 2/);
    expect(() => search.search([0], -1)).toThrow(/cutoff/);
  });
});
