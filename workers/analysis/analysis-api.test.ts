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
    pop: Float32Array.of(1, 2, 4),
    gemeente: Uint16Array.of(0, 0, 65535),
    gemeenteCount: 1,
    krimp: Uint8Array.of(1),
  };
}

describe('analysis worker API', () => {
  it('answers the early-warning figures of one crebo per call', () => {
    const api = createAnalysisApi();
    api.init(init());
    const [a, b] = api.programmeLocations('25180', 2, ['00AA00', '00BB00'], Int32Array.of(0, 2), 15);
    // Cell 1 is 10 minutes from both, so only each one's own cell is sole reach.
    expect([a.vestiging, a.sole, a.soleKrimp]).toEqual(['00AA00', 1, 1]);
    expect([b.vestiging, b.sole, b.soleKrimp]).toEqual(['00BB00', 4, 0]);
  });

  it('refuses calls before init, mismatched cells and a grid that does not fit the graph', () => {
    const api = createAnalysisApi();
    expect(() => api.programmeLocations('25180', 2, ['00AA00'], Int32Array.of(0), 15)).toThrow(/no graph/);
    expect(() => api.init({ ...init(), pop: Float32Array.of(1) })).toThrow(/1 cells, graph.bin 3/);
    api.init(init());
    expect(() => api.programmeLocations('25180', 2, ['00AA00'], Int32Array.of(0, 1), 15)).toThrow(
      /1 vestigingen but 2 cells/,
    );
  });
});
