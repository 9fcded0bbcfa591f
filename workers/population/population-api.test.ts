import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../src/engine/graph/builder.ts';
import { encodeGraph } from '../../src/engine/graph/codec.ts';
import { MODE_CYCLE } from '../../src/engine/graph/modes.ts';
import { createPopulationApi, type PopulationDataset } from './population-api.ts';

// Four cells in a line, 10 minutes apart; cells 0–1 in a krimpregio gemeente, 2–3 in another.
function graphBytes(): ArrayBuffer {
  const b = new GraphBuilder(4);
  for (let c = 0; c < 3; c++) {
    b.addEdge(c, c + 1, 10, MODE_CYCLE);
    b.addEdge(c + 1, c, 10, MODE_CYCLE);
  }
  return encodeGraph(b.build()).buffer as ArrayBuffer;
}

const g = (code: string, krimp: PopulationDataset['gemeenten'][number]['krimp']) => ({
  code,
  naam: code,
  provincie: 'P',
  amr: 'A',
  amrNaam: 'A',
  rmc: 'R',
  rmcNaam: 'R',
  krimp,
});
const dataset: PopulationDataset = {
  grid: {
    count: 4,
    gemeente: Uint16Array.of(0, 0, 1, 1),
    popByYear: {
      2021: Float32Array.of(100, 100, 100, 100),
      2026: Float32Array.of(90, 90, 100, 100),
      2031: Float32Array.of(50, 70, 100, 120),
    },
  },
  gemeenten: [g('GM0001', { type: 'krimpregio', regio: 'Noord' }), g('GM0002', null)],
};

describe('population worker API', () => {
  it('gives the change 2021 → 2031 per region layer and per krimp region', () => {
    const api = createPopulationApi();
    api.init(graphBytes(), dataset);
    const change = api.change();
    expect(change.gemeente.national).toEqual({ from: 400, to: 340, persons: -60, relative: -0.15 });
    expect(change.gemeente.regions.map((r) => [r.code, r.persons, r.krimpGemeenten])).toEqual([
      ['GM0001', -80, 1],
      ['GM0002', 20, 0],
    ]);
    expect(change.krimp.regions).toMatchObject([{ code: 'krimpregio|Noord', name: 'Noord', from: 200, to: 120 }]);
    expect(change.provincie.regions[0].persons).toBe(-60);
  });

  it('gives each location of the niveau its verzorgingsgebied in 2021 and 2031', () => {
    const api = createPopulationApi();
    expect(() => api.change()).toThrow(/no data/);
    api.init(graphBytes(), dataset);
    const rows = [
      { crebo: '25180', vestiging: '00AA00', leerweg: null, niveau: 2 as const },
      { crebo: '25180', vestiging: '00BB00', leerweg: null, niveau: 2 as const },
    ];
    const list = api.verzorgingsgebieden(
      rows,
      2,
      [
        { brinvest: '00AA00', brin: '00AA', cell: 0 },
        { brinvest: '00BB00', brin: '00BB', cell: 3 },
      ],
      10,
    );
    expect(list).toEqual([
      { vestiging: '00AA00', niveau: 2, from: 200, to: 120, persons: -80, relative: -0.4 },
      { vestiging: '00BB00', niveau: 2, from: 200, to: 220, persons: 20, relative: 0.1 },
    ]);
  });
});
