import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../src/engine/graph/builder.ts';
import { encodeGraph } from '../../src/engine/graph/codec.ts';
import { MODE_CYCLE } from '../../src/engine/graph/modes.ts';
import { createAnalysisApi } from './analysis-api.ts';

// Cells 0 – 1 – 2, 10 minutes apart; one gemeente (a krimpregio) holds cells 0 and 1.
function init() {
  const b = new GraphBuilder(3);
  for (const [u, v] of [
    [0, 1],
    [1, 0],
    [1, 2],
    [2, 1],
  ])
    b.addEdge(u, v, 10, MODE_CYCLE);
  return {
    graph: encodeGraph(b.build()).buffer as ArrayBuffer,
    // 2021, and fewer young people later: the years differ so a wrong year shows.
    popByYear: { 2021: Float32Array.of(1, 2, 4), 2026: Float32Array.of(1, 1, 3), 2031: Float32Array.of(0, 1, 2) },
    gemeente: Uint16Array.of(0, 0, 65535),
    gemeenteCount: 1,
    krimp: Uint8Array.of(1),
  };
}

describe('analysis worker API', () => {
  it('answers the early-warning figures of one crebo per call', () => {
    const api = createAnalysisApi();
    api.init(init());
    const [a, b] = api.programmeLocations('25180', 2, ['00AA00', '00BB00'], Int32Array.of(0, 2), 15, 2021);
    // Cell 1 is 10 minutes from both, so only each one's own cell is sole reach.
    expect([a.vestiging, a.sole, a.soleKrimp]).toEqual(['00AA00', 1, 1]);
    expect([b.vestiging, b.sole, b.soleKrimp]).toEqual(['00BB00', 4, 0]);
  });

  it('counts the people of the asked year, with the same search', () => {
    const api = createAnalysisApi();
    api.init(init());
    const sole = (jaar: 2021 | 2026 | 2031) =>
      api
        .programmeLocations('25180', 2, ['00AA00', '00BB00'], Int32Array.of(0, 2), 15, jaar)
        .map((l) => [l.sole, l.soleKrimp]);
    expect(sole(2021)).toEqual([
      [1, 1],
      [4, 0],
    ]);
    expect(sole(2026)).toEqual([
      [1, 1],
      [3, 0],
    ]);
    expect(sole(2031)).toEqual([
      [0, 0],
      [2, 0],
    ]);
    // Alone, a location's sole reach is all it reaches: cells 0 and 1, of which cell 0 is empty in 2031.
    const [one] = api.programmeLocations('25190', 2, ['00AA00'], Int32Array.of(0), 15, 2031);
    expect([one.sole, one.soleKrimp]).toEqual([1, 1]);
  });

  it('refuses calls before init, mismatched cells and a grid that does not fit the graph', () => {
    const api = createAnalysisApi();
    expect(() => api.programmeLocations('25180', 2, ['00AA00'], Int32Array.of(0), 15, 2021)).toThrow(/no graph/);
    const short = { ...init().popByYear, 2031: Float32Array.of(1) };
    expect(() => api.init({ ...init(), popByYear: short })).toThrow(/1 cells in 2031, graph.bin 3/);
    api.init(init());
    expect(() => api.programmeLocations('25180', 2, ['00AA00'], Int32Array.of(0, 1), 15, 2021)).toThrow(
      /1 vestigingen but 2 cells/,
    );
  });
});
