import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/data/geodata/index.ts';
import { MODE_BUS, MODE_CYCLE, MODE_FIXED_LINK, MODE_RAIL } from '../../../src/engine/graph/modes.ts';
import { TRAVEL_PARAMETERS } from '../../../src/engine/profiles/parameters.ts';
import { createTravelSearch } from '../../../src/engine/travel/search.ts';
import type { GraphInput } from './build-graph.ts';
import { buildTravelGraph } from './build-graph.ts';

/**
 * A synthetic strip of cells 0.01° of longitude apart (about 0.67 km at 52°N), each its own
 * bus zone, with land adjacency between consecutive cells except across `gaps`.
 */
function strip(
  n: number,
  pop: (i: number) => number,
  gaps: number[] = [],
): Pick<GraphInput, 'grid' | 'adjOffsets' | 'adjTargets' | 'cellAreaKm2' | 'zones'> {
  const people = Float32Array.from({ length: n }, (_, i) => pop(i));
  const grid: Grid = {
    count: n,
    resolution: 8,
    h3Hi: new Uint32Array(n),
    h3Lo: Uint32Array.from({ length: n }, (_, i) => i),
    lon: Float32Array.from({ length: n }, (_, i) => 5 + 0.01 * i),
    lat: new Float32Array(n).fill(52),
    pop: people,
    gemeente: new Uint16Array(n),
    // The graph reads only the counted year (bus waits by density).
    popByYear: { 2021: people, 2026: people, 2031: people },
  };
  const lists: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i + 1 < n; i++) {
    if (gaps.includes(i)) continue;
    lists[i].push(i + 1);
    lists[i + 1].push(i);
  }
  const adjOffsets = new Int32Array(n + 1);
  for (let i = 0; i < lists.length; i++) adjOffsets[i + 1] = adjOffsets[i] + lists[i].length;
  const adjTargets = Int32Array.from(lists.flat());
  return {
    grid,
    adjOffsets,
    adjTargets,
    cellAreaKm2: 0.74,
    zones: {
      count: n,
      zoneOf: Int32Array.from({ length: n }, (_, i) => i),
      lon: Float64Array.from(grid.lon),
      lat: Float64Array.from(grid.lat),
      adjOffsets,
      adjTargets,
    },
  };
}

const none = { stations: [], railSections: [], ferries: [], fixedLinks: [], params: TRAVEL_PARAMETERS };

describe('buildTravelGraph', () => {
  it('makes the bus wait longer where fewer people live', () => {
    // Dense town on the left (2,000 young people per cell), empty countryside on the right.
    const result = buildTravelGraph({ ...strip(20, (i) => (i < 5 ? 2000 : 0)), ...none });
    expect(result.busWaitMin[0]).toBeLessThan(result.busWaitMin[19]);
    expect(result.busWaitMin[0]).toBeCloseTo(
      TRAVEL_PARAMETERS.bus.urbanHeadwayMin / 2 + TRAVEL_PARAMETERS.bus.accessMin,
      5,
    );
    expect(result.busWaitMin[19]).toBeCloseTo(TRAVEL_PARAMETERS.bus.maxWaitMin + TRAVEL_PARAMETERS.bus.accessMin, 5);
  });

  it('lets a train run through a station for free but charges a change of train', () => {
    const base = strip(6, () => 0, [0, 1, 2, 3, 4]); // no land links: rail only
    const stations = [0, 2, 4, 5].map((cell, k) => ({ id: `s${k}`, cell }));
    const section = (a: string, b: string, series: string[]) => ({
      a,
      b,
      minutes: 10,
      km: 5,
      trainsPerHour: 2,
      series,
    });
    const result = buildTravelGraph({
      ...base,
      ...none,
      stations,
      railSections: [section('s0', 's1', ['A']), section('s1', 's2', ['A']), section('s2', 's3', ['B'])],
    });
    const search = createTravelSearch(result.graph);
    const { accessMin, egressMin, transferPenaltyMin, maxWaitMin } = TRAVEL_PARAMETERS.rail;
    const wait = Math.min(30 / 2, maxWaitMin);
    const toS2 = search.computeField([4], 120);
    expect(toS2.minutes[0]).toBe(Math.round(accessMin + wait + 20 + egressMin)); // through s1 on series A
    expect(toS2.modes[0]).toBe(MODE_RAIL);
    const toS3 = search.computeField([5], 120);
    expect(toS3.minutes[0]).toBe(Math.round(accessMin + wait + 20 + wait + transferPenaltyMin + 10 + egressMin));
  });

  it('refuses a transfer penalty that leaving the station would undercut', () => {
    const params = { ...TRAVEL_PARAMETERS, rail: { ...TRAVEL_PARAMETERS.rail, transferPenaltyMin: 10 } };
    expect(() => buildTravelGraph({ ...strip(2, () => 0), ...none, params })).toThrow(/exceeds accessMin \+ egressMin/);
  });

  it('skips rail sections that are impossibly fast and says which', () => {
    const result = buildTravelGraph({
      ...strip(2, () => 0, [0]),
      ...none,
      stations: [
        { id: 'a', cell: 0 },
        { id: 'b', cell: 1 },
      ],
      railSections: [
        { a: 'a', b: 'b', minutes: 0.5, km: 41, trainsPerHour: 2, series: ['X'] },
        { a: 'a', b: 'zz', minutes: 5, km: 5, trainsPerHour: 2, series: ['X'] },
      ],
    });
    expect(result.implausibleSections).toEqual(['a–b (41 km in 0.5 min)']);
    expect(result.skippedSections).toEqual(['a–zz']);
    expect(createTravelSearch(result.graph).computeField([1], 600).minutes[0]).toBe(65535);
  });

  it('opens a fixed link only to its modes, and marks routes that use it', () => {
    const base = strip(4, () => 500, [1]); // water between cells 1 and 2
    const busOnly = buildTravelGraph({
      ...base,
      ...none,
      fixedLinks: [{ id: 'tunnel', fromCell: 1, toCell: 2, modes: ['bus'] }],
    });
    const field = createTravelSearch(busOnly.graph).computeField([3], 120);
    expect(field.minutes[0]).not.toBe(65535);
    expect(field.modes[0] & (MODE_BUS | MODE_FIXED_LINK)).toBe(MODE_BUS | MODE_FIXED_LINK);
    const cycleOnly = buildTravelGraph({
      ...base,
      ...none,
      fixedLinks: [{ id: 'dam', fromCell: 1, toCell: 2, modes: ['cycle'] }],
    });
    const cycleField = createTravelSearch(cycleOnly.graph).computeField([2], 120);
    expect(cycleField.modes[1]).toBe(MODE_CYCLE | MODE_FIXED_LINK);
    const closed = buildTravelGraph({ ...base, ...none });
    expect(createTravelSearch(closed.graph).computeField([3], 600).minutes[0]).toBe(65535);
  });
});
