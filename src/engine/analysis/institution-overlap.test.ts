import { describe, expect, it } from 'vitest';
import type { OfferRow } from '../offer/types.ts';
import { institutionOverlaps, type OverlapPlace } from './institution-overlap.ts';

const places: Record<string, OverlapPlace> = {
  A1: { brin: 'AA', gemeente: 'GM1' },
  A2: { brin: 'AA', gemeente: 'GM2' },
  B1: { brin: 'BB', gemeente: 'GM1' },
  C2: { brin: 'CC', gemeente: 'GM2' },
  P: { brin: null, gemeente: 'GM1' },
};
const row = (crebo: string, vestiging: string): OfferRow => ({ crebo, vestiging, leerweg: null, niveau: 2 });

describe('institutionOverlaps', () => {
  it('counts qualifications shared in a common gemeente, per other institution, most first', () => {
    const rows = [
      row('1', 'A1'),
      row('2', 'A1'),
      row('1', 'B1'),
      row('2', 'B1'),
      row('2', 'C2'),
      row('1', 'A2'),
      row('1', 'C2'),
      row('3', 'B1'),
      row('1', 'P'),
    ];
    expect(institutionOverlaps(rows, 'AA', (v) => places[v])).toEqual([
      { brin: 'BB', crebos: ['1', '2'], gemeenten: ['GM1'] },
      // 2 at C2 overlaps nothing of AA in GM2 (AA offers only 1 there).
      { brin: 'CC', crebos: ['1'], gemeenten: ['GM2'] },
    ]);
    // Two locations of one institution are not overlap.
    expect(institutionOverlaps([row('1', 'A1'), row('1', 'A2')], 'AA', (v) => places[v])).toEqual([]);
  });
});
