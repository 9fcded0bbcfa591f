import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CatchmentInputs, type CatchmentPlace, computeCatchment } from '../analysis/catchment.ts';
import { GraphBuilder } from '../graph/builder.ts';
import { MODE_CYCLE } from '../graph/modes.ts';
import { ScenarioMetrics } from '../metrics/scenario-metrics.ts';
import { type World, worldArb } from '../metrics/synthetic-world.fixture.ts';
import type { Niveau, OfferRow } from '../offer/types.ts';
import { createNearestSourceSearch } from '../travel/nearest-source.ts';
import { byLoss, servedPopulation, verzorgingsgebieden } from './verzorgingsgebied.ts';
import { JAREN } from './years.ts';

/**
 * The verzorgingsgebied per location is the niveau's catchment (src/engine/analysis/catchment.ts)
 * counted in two population years: the same assignment as the scenario's "Effect op anderen" and
 * the institution view, so a location's figure and its institution's figure never disagree.
 */
function searchOf(cellCount: number, edges: readonly (readonly [number, number])[][]) {
  const builder = new GraphBuilder(cellCount);
  for (const [from, out] of edges.entries())
    for (const [to, minutes] of out) builder.addEdge(from, to, minutes, MODE_CYCLE);
  const search = createNearestSourceSearch(builder.build());
  return (s: Int32Array, l: Int32Array, c: number) => search.computeNearest(s, l, c);
}

// Seven cells in a line, 10 minutes apart.
const lineNearest = searchOf(
  7,
  Array.from({ length: 7 }, (_, c) =>
    [c - 1, c + 1].filter((d) => d >= 0 && d < 7).map((d): [number, number] => [d, 10]),
  ),
);
const row = (vestiging: string, niveau: Niveau = 2, crebo = '20001'): OfferRow => ({
  crebo,
  vestiging,
  leerweg: null,
  niveau,
});
const place = (cell: number, brin = 'XX'): CatchmentPlace => ({ brin, cell });

function inputsOf(world: World): CatchmentInputs {
  const places = new Map<string, CatchmentPlace>(world.locations.map((l) => [l.brinvest, l]));
  return { places, pop: world.popByYear[2021], nearest: searchOf(world.graph.cellCount, world.graph.edges) };
}

describe('verzorgingsgebieden', () => {
  it('counts per location the youth it is nearest to, in two years, only among locations of the niveau', () => {
    const pop2021 = Float32Array.of(10, 10, 10, 10, 10, 10, 10);
    const pop2031 = Float32Array.of(5, 5, 10, 10, 10, 0, 0);
    const rows = [row('00AA00'), row('00BB00'), row('00BB00', 2, '20002'), row('00CC00', 4, '40001'), row('00DD00')];
    const places = new Map([
      ['00AA00', place(6)],
      ['00BB00', place(1)],
      ['00CC00', place(3)],
      ['00DD00', place(-1)],
    ]);
    const catchment = computeCatchment(rows, { niveau: 2 }, 20, { places, pop: pop2021, nearest: lineNearest });
    const list = verzorgingsgebieden(rows, 2, catchment, pop2021, pop2031);
    // 00CC00 offers only niveau 4, so it does not compete; cell 3 is 20 min from 00BB00 and 30 from
    // 00AA00; cell 4 is 20 from both (the lower code, 00AA00). 00DD00 has no cell: listed with 0.
    expect(list).toEqual([
      { vestiging: '00AA00', niveau: 2, from: 30, to: 10, persons: -20, relative: -20 / 30 },
      { vestiging: '00BB00', niveau: 2, from: 40, to: 30, persons: -10, relative: -0.25 },
      { vestiging: '00DD00', niveau: 2, from: 0, to: 0, persons: 0, relative: null },
    ]);
    expect(byLoss(list).map((v) => v.vestiging)).toEqual(['00AA00', '00BB00', '00DD00']);
    // In the counted year it is the catchment's own count per location.
    expect([...servedPopulation(catchment, pop2021)]).toEqual([...catchment.byVestiging]);
  });

  it('partitions the coverage of the niveau: the sum over locations is its coverage count, in every year (property)', () => {
    fc.assert(
      fc.property(worldArb, fc.constantFrom<Niveau>(1, 2, 4), (world, niveau) => {
        const metrics = new ScenarioMetrics(world);
        const limit = world.limits[niveau];
        const catchment = computeCatchment(world.rows, { niveau }, limit, inputsOf(world));
        for (const jaar of JAREN) {
          metrics.setPopulation(world.popByYear[jaar]);
          const list = verzorgingsgebieden(world.rows, niveau, catchment, world.popByYear[jaar], world.popByYear[jaar]);
          const sum = list.reduce((s, v) => s + v.from, 0);
          expect(sum).toBeCloseTo(metrics.coverage(world.rows, { niveau }).figures.coverage.count, 3);
        }
      }),
      { numRuns: 100 },
    );
  });
});
