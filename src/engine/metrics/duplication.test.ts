import { describe, expect, it } from 'vitest';
import type { OfferRow } from '../offer/types.ts';
import { referenceField } from '../reach/reference-field.fixture.ts';
import {
  creboDuplications,
  diffDuplications,
  duplicationsByRegion,
  type MetricsLocation,
  nearbyIndex,
  sortDuplications,
} from './duplication.ts';
import { groupByCrebo } from './offer-groups.ts';
import { customLayer } from './regions.ts';

// A line of cells 10 minutes apart: 0 – 1 – 2 – 3 (one way from 3 to 2 takes 30).
const graph = {
  cellCount: 4,
  edges: [
    [[1, 10]],
    [
      [0, 10],
      [2, 10],
    ],
    [
      [1, 10],
      [3, 30],
    ],
    [[2, 30]],
  ] as [number, number][][],
};
const fieldFn = (s: Int32Array, cutoff: number) => referenceField(graph, s, cutoff);

const locations: MetricsLocation[] = [
  { brinvest: '00AA00', brin: '00AA', cell: 0, gemeente: 0 },
  { brinvest: '00AA01', brin: '00AA', cell: 1, gemeente: 0 },
  { brinvest: '00BB00', brin: '00BB', cell: 0, gemeente: 0 },
  { brinvest: '00CC00', brin: '00CC', cell: 2, gemeente: 1 },
  { brinvest: '00DD00', brin: '00DD', cell: 3, gemeente: 1 },
  { brinvest: 'PC4-1234', brin: null, cell: 0, gemeente: 0 },
];
const byId = new Map(locations.map((l) => [l.brinvest, l]));
const row = (crebo: string, vestiging: string): OfferRow => ({ crebo, vestiging, leerweg: null, niveau: 2 });
const nearby = nearbyIndex(locations, fieldFn, 20);

function findDuplications(rows: OfferRow[]) {
  const groups = [...groupByCrebo(rows, () => true)];
  return sortDuplications(
    groups.flatMap(([crebo, g]) => creboDuplications(crebo, g.niveau, g.vestigingen, (id) => byId.get(id), nearby)),
  );
}

describe('duplication', () => {
  it('indexes locations within the minutes, symmetrically, skipping pseudo-locations', () => {
    expect(Object.fromEntries(nearby.get('00AA00')!)).toEqual({ '00AA01': 10, '00BB00': 0, '00CC00': 20 });
    expect(Object.fromEntries(nearby.get('00CC00')!)).toEqual({ '00AA00': 20, '00AA01': 10, '00BB00': 20 });
    expect(nearby.get('00DD00')!.size).toBe(0); // 30 minutes away both ways
    expect(nearby.has('PC4-1234')).toBe(false);
  });

  it('lists ≥2 institutions in one gemeente, and pairs of institutions within reach', () => {
    const rows = [
      row('25180', '00AA00'),
      row('25180', '00AA01'),
      row('25180', '00BB00'),
      row('25180', '00DD00'),
      row('25180', 'PC4-1234'),
      row('99999', '00AA00'),
      row('99999', '00AA01'),
    ];
    const list = findDuplications(rows);
    expect(list.map((d) => [d.kind, d.vestigingen.join('+'), d.minutes])).toEqual([
      ['gemeente', '00AA00+00AA01+00BB00', null],
      ['nabij', '00AA00+00BB00', 0],
      ['nabij', '00AA01+00BB00', 10],
    ]);
    expect(list[0].instellingen).toEqual(['00AA', '00BB']);
    // Two locations of one institution (crebo 99999) are not duplication.
    expect(list.every((d) => d.crebo === '25180')).toBe(true);
  });

  it('counts per region and diffs two lists', () => {
    const before = findDuplications([row('25180', '00AA01'), row('25180', '00CC00')]);
    expect(before.map((d) => d.gemeenten)).toEqual([[0, 1]]);
    expect([...duplicationsByRegion(before, customLayer('x', [1], 2))]).toEqual([1]);
    expect(diffDuplications(before, [])).toEqual({ added: [], removed: before });
  });
});
