import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../src/engine/graph/builder.ts';
import { encodeGraph } from '../../src/engine/graph/codec.ts';
import { MODE_CYCLE } from '../../src/engine/graph/modes.ts';
import type { OfferRow } from '../../src/engine/offer/types.ts';
import { createPlacementApi, type PlacementGeodata } from './placement-api.ts';

/**
 * Five cells in a line, 10 minutes apart; vestigingen in cells 0, 2 and 4; 100 youth per cell in
 * 2021, and in 2031 cell c has 10·c (2026 as 2021).
 */
function world(): { dataset: PlacementGeodata; graph: ArrayBuffer } {
  const pop = new Float32Array(5).fill(100);
  const later = Float32Array.from({ length: 5 }, (_, c) => 10 * c);
  const b = new GraphBuilder(5);
  for (let c = 0; c < 4; c++) {
    b.addEdge(c, c + 1, 10, MODE_CYCLE);
    b.addEdge(c + 1, c, 10, MODE_CYCLE);
  }
  const gemeente = {
    code: 'GM0001',
    naam: 'Een',
    provincie: 'P',
    amr: 'A',
    amrNaam: 'A',
    rmc: 'R',
    rmcNaam: 'R',
    krimp: { type: 'krimpregio' as const },
  };
  return {
    graph: encodeGraph(b.build()).buffer as ArrayBuffer,
    dataset: {
      grid: { count: 5, pop, gemeente: new Uint16Array(5), popByYear: { 2021: pop, 2026: pop, 2031: later } },
      gemeenten: [gemeente],
      locations: [0, 2, 4].map((cell) => ({ brinvest: `00AA0${cell}`, brin: '00AA', cell, gemeente: 'GM0001' })),
      qualifications: [{ crebo: '25180', niveau: 2, leerwegen: [] }],
      mainLocations: ['00AA04'],
    },
  };
}

const LIMITS = { 1: 10, 2: 20, 3: 20, 4: 20 } as const;
const rows: OfferRow[] = [
  { crebo: '25180', vestiging: '00AA00', leerweg: null, niveau: 2 },
  { crebo: '25180', vestiging: '00AA02', leerweg: null, niveau: 2 },
  { crebo: '25180', vestiging: '00AA04', leerweg: null, niveau: 2 },
];

const offer = (list: OfferRow[]) => ({ rows: list, pseudoPlaces: [] });

describe('placement worker API', () => {
  it('ranks the places to start, and keeps as few locations as keep everyone', async () => {
    const api = createPlacementApi(() => loadHighs());
    const { dataset, graph } = world();
    await api.init(dataset, graph);
    // Only 00AA00 offers it: at 20 minutes it reaches cells 0–2; a start in cell 2 or 4 adds
    // cells 3–4 (equal gains go by code).
    expect(api.bestPlaces(offer(rows.slice(0, 1)), '25180', 2, LIMITS, null, 2021)).toEqual([
      { vestiging: '00AA02', gain: { total: 200, krimp: 200, anticipeer: 0 } },
      { vestiging: '00AA04', gain: { total: 200, krimp: 200, anticipeer: 0 } },
    ]);
    // Cell 2 reaches everyone within 20 minutes.
    const one = api.oneProvider(offer(rows), '25180', 2, LIMITS, null, 2021);
    expect(one).toMatchObject({
      keep: ['00AA02'],
      drop: ['00AA00', '00AA04'],
      optimal: true,
      reachAfter: { total: 500 },
    });
    // With a 10-minute limit every location is needed; with only one, cell 2 reaches the most (300).
    const tight = { ...LIMITS, 2: 10 };
    expect(api.oneProvider(offer(rows), '25180', 2, tight, null, 2021).keep).toEqual(['00AA00', '00AA02', '00AA04']);
    expect(api.oneProvider(offer(rows), '25180', 2, tight, 1, 2021)).toMatchObject({
      keep: ['00AA02'],
      reachAfter: { total: 300 },
    });
    expect(api.providerSummary(offer(rows), [{ crebo: '25180', niveau: 2 }], LIMITS, 2021)).toEqual([
      { crebo: '25180', niveau: 2, locations: 3, needed: 1, optimal: true },
    ]);
  });

  it('counts in the population year asked for, and back in 2021 exactly as before', async () => {
    const api = createPlacementApi(() => loadHighs());
    const { dataset, graph } = world();
    await api.init(dataset, graph);
    const only = offer(rows.slice(0, 1));
    const counted = api.bestPlaces(only, '25180', 2, LIMITS, null, 2021);
    // 2031: cells 3 and 4 hold 30 + 40 youth; the reach lists stay, the youth they count change.
    expect(api.bestPlaces(only, '25180', 2, LIMITS, null, 2031)).toEqual([
      { vestiging: '00AA02', gain: { total: 70, krimp: 70, anticipeer: 0 } },
      { vestiging: '00AA04', gain: { total: 70, krimp: 70, anticipeer: 0 } },
    ]);
    expect(api.oneProvider(offer(rows), '25180', 2, { ...LIMITS, 2: 10 }, 1, 2031)).toMatchObject({
      jaar: 2031,
      keep: ['00AA04'],
      reachAfter: { total: 70 },
    });
    expect(api.bestPlaces(only, '25180', 2, LIMITS, null, 2021)).toEqual(counted);
  });

  it('refuses calls before init', () => {
    const api = createPlacementApi(() => loadHighs());
    expect(() => api.bestPlaces(offer(rows), '25180', 2, { 1: 45, 2: 45, 3: 60, 4: 75 }, null, 2021)).toThrow(
      /no data/,
    );
  });
});
