import { describe, expect, it } from 'vitest';
import { customLayer, regionContext, standardLayers, withPopulation } from '../metrics/regions.ts';
import { changeOverTime, krimpRegionGrouping, populationChange } from './change.ts';

const gemeenten = [
  {
    code: 'GM0001',
    naam: 'Een',
    provincie: 'P1',
    amr: 'A1',
    amrNaam: 'A1',
    rmc: 'R1',
    rmcNaam: 'R1',
    krimp: { type: 'krimpregio' as const, regio: 'Noord' },
  },
  {
    code: 'GM0002',
    naam: 'Twee',
    provincie: 'P1',
    amr: 'A1',
    amrNaam: 'A1',
    rmc: 'R1',
    rmcNaam: 'R1',
    krimp: { type: 'anticipeerregio' as const, regio: 'West' },
  },
  { code: 'GM0003', naam: 'Drie', provincie: 'P2', amr: 'A2', amrNaam: 'A2', rmc: 'R2', rmcNaam: 'R2', krimp: null },
];
// Cells: two in Een, one in Twee, one in Drie, one outside every gemeente.
const gemeente = Uint16Array.of(0, 0, 1, 2, 65535);
const counted = regionContext(
  { count: 5, pop: Float32Array.of(100, 100, 50, 200, 50), gemeente },
  3,
  Uint8Array.of(1, 2, 0),
);
const later = withPopulation(counted, Float32Array.of(60, 80, 45, 190, 25));

describe('changeOverTime', () => {
  it('gives the change nationally (cells outside every gemeente included) and in the krimp and anticipeer regions', () => {
    const change = changeOverTime(counted, later, standardLayers(gemeenten)[0]);
    expect(change.national).toEqual({ from: 500, to: 400, persons: -100, relative: -0.2 });
    expect(change.krimp).toEqual({ from: 200, to: 140, persons: -60, relative: -0.3 });
    expect(change.anticipeer).toEqual({ from: 50, to: 45, persons: -5, relative: -0.1 });
  });

  it('gives each region its change, against the national change, and marks its krimp gemeenten', () => {
    const provincie = standardLayers(gemeenten)[3];
    const [p1, p2] = changeOverTime(counted, later, provincie).regions;
    expect(p1).toMatchObject({
      code: 'P1',
      from: 250,
      to: 185,
      persons: -65,
      krimpGemeenten: 1,
      anticipeerGemeenten: 1,
    });
    expect(p1.relative).toBeCloseTo(-0.26, 12);
    expect(p1.againstNational).toBeCloseTo(-0.06, 12);
    expect(p2).toMatchObject({ code: 'P2', persons: -10, krimpGemeenten: 0, anticipeerGemeenten: 0 });
    expect(p2.againstNational).toBeCloseTo(0.15, 12);
  });

  it('has no relative change where nobody lived, and refuses years counted in different contexts', () => {
    const empty = withPopulation(counted, new Float32Array(5));
    const change = changeOverTime(empty, later, customLayer('x', [0], 3));
    expect(change.regions[0]).toMatchObject({ from: 0, to: 140, relative: null, againstNational: null });
    const other = regionContext({ count: 5, pop: new Float32Array(5), gemeente }, 3, Uint8Array.of(1, 2, 0));
    expect(() => changeOverTime(counted, other, customLayer('x', [0], 3))).toThrow(/same region context/);
  });

  it('groups the krimp regions by type and name, as the krimp features are coded', () => {
    const grouping = krimpRegionGrouping(gemeenten);
    expect(grouping.codes).toEqual(['anticipeerregio|West', 'krimpregio|Noord']);
    expect(grouping.names).toEqual(['West', 'Noord']);
    expect([...grouping.ofGemeente]).toEqual([1, 0, -1]);
    expect(changeOverTime(counted, later, grouping).regions.map((r) => r.persons)).toEqual([-5, -60]);
  });

  it('computes a single change', () => {
    expect(populationChange(10, 5)).toEqual({ from: 10, to: 5, persons: -5, relative: -0.5 });
  });
});
