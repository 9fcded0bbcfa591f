import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScenarioMetrics } from '../metrics/scenario-metrics.ts';
import { worldArb } from '../metrics/synthetic-world.fixture.ts';
import type { Niveau, OfferRow } from '../offer/types.ts';
import { referenceField } from '../reach/reference-field.fixture.ts';
import { UNREACHABLE } from '../reach/field-cache.ts';
import { byLoss, nearestLocations, verzorgingsgebieden } from './verzorgingsgebied.ts';
import { JAREN } from './years.ts';

// Seven cells in a line, 10 minutes apart.
const line = {
  cellCount: 7,
  edges: Array.from({ length: 7 }, (_, c) =>
    [c - 1, c + 1].filter((d) => d >= 0 && d < 7).map((d): [number, number] => [d, 10]),
  ),
};
const fieldFn = (sources: Int32Array, cutoff: number) => referenceField(line, sources, cutoff);
const row = (vestiging: string, niveau: Niveau = 2, crebo = '20001'): OfferRow => ({
  crebo,
  vestiging,
  leerweg: null,
  niveau,
});

describe('nearestLocations', () => {
  it('gives each cell its nearest location; an equal time goes to the lower vestiging code', () => {
    // 00BB00 at cell 0 and 00AA00 at cell 4: cell 2 is 20 minutes from both.
    const nearest = nearestLocations(
      [
        { brinvest: '00BB00', cell: 0 },
        { brinvest: '00AA00', cell: 4 },
      ],
      fieldFn,
      30,
      7,
    );
    expect(nearest.ids).toEqual(['00AA00', '00BB00']);
    expect([...nearest.owner]).toEqual([1, 1, 0, 0, 0, 0, 0]);
    expect([...nearest.minutes]).toEqual([0, 10, 20, 10, 0, 10, 20]);
  });

  it('leaves cells beyond the limit to nobody, and two locations in one cell to the lower code', () => {
    const calls: number[][] = [];
    const counting = (s: Int32Array, cutoff: number) => {
      calls.push([...s]);
      return fieldFn(s, cutoff);
    };
    const nearest = nearestLocations(
      [
        { brinvest: '00CC01', cell: 3 },
        { brinvest: '00CC00', cell: 3 },
        { brinvest: '00DD00', cell: -1 },
      ],
      counting,
      10,
      7,
    );
    expect([...nearest.owner]).toEqual([-1, -1, 0, 0, 0, -1, -1]);
    expect(nearest.minutes[0]).toBe(UNREACHABLE);
    expect(calls).toEqual([[3]]); // one search for the shared cell
    expect(nearest.unplaced).toEqual(['00DD00']);
  });
});

describe('verzorgingsgebieden', () => {
  it('counts per location the youth it is nearest to, in two years, only among locations of the niveau', () => {
    const pop2021 = Float32Array.of(10, 10, 10, 10, 10, 10, 10);
    const pop2031 = Float32Array.of(5, 5, 10, 10, 10, 0, 0);
    const rows = [row('00AA00'), row('00BB00'), row('00BB00', 2, '20002'), row('00CC00', 4, '40001')];
    const locations = [
      { brinvest: '00AA00', cell: 6 },
      { brinvest: '00BB00', cell: 1 },
      { brinvest: '00CC00', cell: 3 },
    ];
    const { list } = verzorgingsgebieden(rows, 2, locations, fieldFn, 20, pop2021, pop2031);
    // 00CC00 offers only niveau 4, so it does not compete; cell 3 is 20 min from 00BB00 and 30 from 00AA00.
    expect(list).toEqual([
      { vestiging: '00AA00', niveau: 2, from: 30, to: 10, persons: -20, relative: -20 / 30 },
      { vestiging: '00BB00', niveau: 2, from: 40, to: 30, persons: -10, relative: -0.25 },
    ]);
    expect(byLoss(list).map((v) => v.vestiging)).toEqual(['00AA00', '00BB00']);
  });

  it('partitions the coverage of the niveau: the sum over locations is its coverage count, in every year (property)', () => {
    fc.assert(
      fc.property(worldArb, fc.constantFrom<Niveau>(1, 2, 4), (world, niveau) => {
        const metrics = new ScenarioMetrics(world);
        const limit = world.limits[niveau];
        for (const jaar of JAREN) {
          metrics.setPopulation(world.popByYear[jaar]);
          const { list } = verzorgingsgebieden(
            world.rows,
            niveau,
            world.locations,
            world.fieldFn,
            limit,
            world.popByYear[jaar],
            world.popByYear[jaar],
          );
          const sum = list.reduce((s, v) => s + v.from, 0);
          expect(sum).toBeCloseTo(metrics.coverage(world.rows, { niveau }).figures.coverage.count, 3);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('agrees with a brute-force nearest location per cell (property)', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const niveau: Niveau = 2;
        const limit = world.limits[niveau];
        const offering = [...new Set(world.rows.filter((r) => r.niveau === niveau).map((r) => r.vestiging))]
          .map((id) => world.locations.find((l) => l.brinvest === id)!)
          .filter((l) => l.cell >= 0);
        const { nearest } = verzorgingsgebieden(
          world.rows,
          niveau,
          world.locations,
          world.fieldFn,
          limit,
          world.popByYear[2021],
          world.popByYear[2031],
        );
        const fields = offering.map((l) => world.fieldFn(Int32Array.of(l.cell), limit));
        for (let c = 0; c < world.regions.cellCount; c++) {
          let best: string | null = null;
          let bestMinutes = Infinity;
          offering.forEach((l, i) => {
            const m = fields[i][c];
            if (m > limit) return;
            if (m < bestMinutes || (m === bestMinutes && l.brinvest < (best as string))) {
              best = l.brinvest;
              bestMinutes = m;
            }
          });
          expect(nearest.owner[c] === -1 ? null : nearest.ids[nearest.owner[c]]).toBe(best);
        }
      }),
      { numRuns: 100 },
    );
  });
});
