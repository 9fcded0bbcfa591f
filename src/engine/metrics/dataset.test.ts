import { describe, expect, it } from 'vitest';
import { metricsDataset } from './dataset.ts';

describe('metricsDataset', () => {
  const gemeenten = ['GM0001', 'GM0002'].map((code) => ({
    code,
    naam: code,
    provincie: 'P',
    amr: 'A',
    amrNaam: 'A',
    rmc: 'R',
    rmcNaam: 'R',
    krimp: null,
  }));
  const grid = { count: 3, pop: Float32Array.of(1, 2, 3), gemeente: Uint16Array.of(0, 1, 65535) };

  it('places locations in their own gemeente, falling back to their cell', () => {
    const d = metricsDataset(
      grid,
      gemeenten,
      [
        { brinvest: '00AA00', brin: '00AA', cell: 0, gemeente: 'GM0002' },
        { brinvest: '00AA01', brin: '00AA', cell: 1, gemeente: null },
        { brinvest: '00AA02', brin: '00AA', cell: -1, gemeente: null },
      ],
      [{ id: 'PC4-1234', cell: 2 }],
    );
    expect(d.locations.map((l) => [l.brinvest, l.gemeente, l.brin])).toEqual([
      ['00AA00', 1, '00AA'],
      ['00AA01', 1, '00AA'],
      ['00AA02', -1, '00AA'],
      ['PC4-1234', -1, null],
    ]);
    expect(d.layers.map((l) => l.id)).toEqual(['gemeente', 'arbeidsmarktregio', 'rmc', 'provincie']);
    expect([...d.regions.popByBucket]).toEqual([1, 2, 3]);
  });
});
