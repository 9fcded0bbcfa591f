import fc from 'fast-check';
import type { Niveau, OfferRow } from '../offer/types.ts';
import type { PopulationByYear } from '../population/by-year.ts';
import type { FieldFn } from '../reach/field-cache.ts';
import { referenceField, type SmallGraph } from '../reach/reference-field.fixture.ts';
import type { MetricsLocation } from './duplication.ts';
import { customLayer, type RegionContext, type RegionLayer, regionContext, standardLayers } from './regions.ts';
import type { Selection } from './scenario-metrics.ts';

/**
 * Test support: small random worlds (a grid graph with random minutes, population, gemeenten
 * with krimp status, locations of a few institutions, an offer) for the metric invariants.
 */
export interface World {
  graph: SmallGraph;
  /** counted in the 2021 population */
  regions: RegionContext;
  /** independent random populations for the later years; 2021 is regions.pop */
  popByYear: PopulationByYear;
  layers: RegionLayer[];
  locations: MetricsLocation[];
  crebos: { crebo: string; niveau: Niveau }[];
  rows: OfferRow[];
  fieldFn: FieldFn;
  limits: Record<Niveau, number>;
}

const GEMEENTEN = [
  { code: 'GM0001', naam: 'Een', provincie: 'P1', amr: 'AM1', amrNaam: 'A1', rmc: 'R1', rmcNaam: 'R1' },
  { code: 'GM0002', naam: 'Twee', provincie: 'P1', amr: 'AM1', amrNaam: 'A1', rmc: 'R2', rmcNaam: 'R2' },
  { code: 'GM0003', naam: 'Drie', provincie: 'P2', amr: 'AM2', amrNaam: 'A2', rmc: 'R2', rmcNaam: 'R2' },
  { code: 'GM0004', naam: 'Vier', provincie: 'P2', amr: 'AM2', amrNaam: 'A2', rmc: 'R3', rmcNaam: 'R3' },
];

const CREBOS: { crebo: string; niveau: Niveau }[] = [
  { crebo: '10001', niveau: 1 },
  { crebo: '20001', niveau: 2 },
  { crebo: '20002', niveau: 2 },
  { crebo: '20003', niveau: 2 },
  { crebo: '40001', niveau: 4 },
];

export const worldArb: fc.Arbitrary<World> = fc
  .record({
    width: fc.integer({ min: 2, max: 6 }),
    height: fc.integer({ min: 2, max: 6 }),
    seedMinutes: fc.array(fc.integer({ min: 1, max: 25 }), { minLength: 72, maxLength: 72 }),
    pops: fc.array(fc.float({ min: 0, max: 500, noNaN: true }), { minLength: 36, maxLength: 36 }),
    laterPops: fc.array(fc.float({ min: 0, max: 500, noNaN: true }), { minLength: 72, maxLength: 72 }),
    krimp: fc.array(fc.constantFrom(0, 1, 2), { minLength: 4, maxLength: 4 }),
    locationCells: fc.array(fc.nat(35), { minLength: 2, maxLength: 7 }),
    brins: fc.array(fc.constantFrom('00AA', '00BB', '00CC'), { minLength: 7, maxLength: 7 }),
    offer: fc.array(
      fc.tuple(fc.nat(6), fc.nat(CREBOS.length - 1), fc.constantFrom<'BOL' | 'BBL' | null>('BOL', 'BBL', null)),
      { maxLength: 20 },
    ),
    limits: fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 60 })),
  })
  .map(({ width, height, seedMinutes, pops, laterPops, krimp, locationCells, brins, offer, limits }) => {
    const n = width * height;
    const edges: [number, number][][] = Array.from({ length: n }, () => []);
    let k = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const c = y * width + x;
        // Directed edges with their own minutes, so the graph is not symmetric.
        if (x + 1 < width) {
          edges[c].push([c + 1, seedMinutes[k++ % 72]]);
          edges[c + 1].push([c, seedMinutes[k++ % 72]]);
        }
        if (y + 1 < height) {
          edges[c].push([c + width, seedMinutes[k++ % 72]]);
          edges[c + width].push([c, seedMinutes[k++ % 72]]);
        }
      }
    }
    const graph: SmallGraph = { cellCount: n, edges };
    // Quadrants are gemeenten; the last cell lies outside every gemeente.
    const gemeente = Uint16Array.from({ length: n }, (_, c) =>
      c === n - 1 ? 65535 : (c % width < width / 2 ? 0 : 1) + (Math.floor(c / width) < height / 2 ? 0 : 2),
    );
    const grid = { count: n, pop: Float32Array.from(pops.slice(0, n)), gemeente };
    const regions = regionContext(grid, GEMEENTEN.length, Uint8Array.from(krimp));
    const popByYear = {
      2021: grid.pop,
      2026: Float32Array.from(laterPops.slice(0, n)),
      2031: Float32Array.from(laterPops.slice(36, 36 + n)),
    };
    const locations: MetricsLocation[] = locationCells.map((cell, i) => ({
      brinvest: `${brins[i]}${String(i).padStart(2, '0')}`,
      brin: brins[i],
      cell: cell % n,
      gemeente: gemeente[cell % n] === 65535 ? -1 : gemeente[cell % n],
    }));
    // One location without a cell, which offers can still name.
    locations.push({ brinvest: '00ZZ99', brin: '00ZZ', cell: -1, gemeente: -1 });
    const seen = new Set<string>();
    const rows: OfferRow[] = [];
    for (const [l, q, leerweg] of offer) {
      const location = locations[l % locations.length];
      const { crebo, niveau } = CREBOS[q];
      if (seen.has(`${crebo}|${location.brinvest}`)) continue;
      seen.add(`${crebo}|${location.brinvest}`);
      rows.push({ crebo, vestiging: location.brinvest, leerweg, niveau });
    }
    return {
      graph,
      regions,
      popByYear,
      layers: [...standardLayers(GEMEENTEN.map((g) => ({ ...g, krimp: null }))), customLayer('mijn', [1, 3], 4)],
      locations,
      crebos: CREBOS,
      rows,
      fieldFn: (sources: Int32Array, cutoff: number) => referenceField(graph, sources, cutoff),
      limits: { 1: limits[0], 2: limits[1], 3: limits[2], 4: limits[2] },
    };
  });

export function catalogueOf(world: World) {
  return {
    qualification: (crebo: string) => {
      const q = world.crebos.find((c) => c.crebo === crebo);
      return q ? { niveau: q.niveau, leerwegen: [] } : undefined;
    },
    hasVestiging: (v: string) => world.locations.some((l) => l.brinvest === v),
  };
}

/** The selections worth checking in a world: each niveau, each crebo, and a two-crebo domain. */
export function selections(world: World): Selection[] {
  const niveaus: Niveau[] = [1, 2, 3, 4];
  return [
    ...niveaus.map((niveau) => ({ niveau })),
    ...world.crebos.map(({ crebo, niveau }) => ({ niveau, crebos: new Set([crebo]) })),
    { niveau: 2 as Niveau, crebos: new Set(['20001', '20003']) },
  ];
}
