import { describe, expect, it } from 'vitest';
import type { RegionLayer } from '../metrics/regions.ts';
import type { OfferRow } from '../offer/types.ts';
import {
  type CreboMetrics,
  countQualifications,
  figuresInScope,
  type SectorOfferInput,
  type SectorRow,
  sortRows,
} from './sector-table.ts';

// Places: A1, A2 of institution A in gemeente 0; B1 of B in gemeente 1; P is a PC4 pseudo-location.
const brins: Record<string, string | null> = { A1: 'A', A2: 'A', B1: 'B', P: null };
const gemeenten: Record<string, number> = { A1: 0, A2: 0, B1: 1, P: -1 };
const row = (crebo: string, vestiging: string, leerweg: 'BOL' | 'BBL' = 'BOL'): OfferRow => ({
  crebo,
  vestiging,
  leerweg,
  niveau: 4,
});

const input = (rows: OfferRow[]): SectorOfferInput => ({
  rows,
  brinOf: (v) => brins[v],
  gemeenteOf: (v) => gemeenten[v] ?? -1,
  qualification: (crebo) => (crebo === '25000' ? { naam: 'Verzorgende IG' } : undefined),
  domainOf: () => 'Zorg en welzijn',
});

// Two provinces: gemeente 0 in region 0, gemeente 1 in region 1.
const provincie: RegionLayer = {
  id: 'provincie',
  codes: ['P0', 'P1'],
  names: ['Noord', 'Zuid'],
  ofGemeente: Int32Array.of(0, 1),
};

describe('countQualifications', () => {
  const rows = [
    row('25000', 'A1'),
    row('25000', 'A1', 'BBL'),
    row('25000', 'A2'),
    row('25000', 'B1'),
    row('25001', 'P'),
    row('25001', 'B1'),
  ];

  it('counts distinct locations and institutions per crebo nationally', () => {
    const counts = countQualifications(input(rows), null);
    expect(counts.map((c) => [c.crebo, c.locations, c.institutions])).toEqual([
      ['25000', 3, 2],
      ['25001', 2, 1], // the pseudo-location counts as a place but has no institution
    ]);
    expect(counts[0]).toMatchObject({
      naam: 'Verzorgende IG',
      niveau: 4,
      domein: 'Zorg en welzijn',
      allPlaces: ['A1', 'A2', 'B1'],
    });
    // unknown qualification: named by its crebo
    expect(counts[1]).toMatchObject({ naam: '25001', niveau: 4 });
  });

  it('restricts counts to a region but keeps qualifications not offered there', () => {
    const noord = countQualifications(input(rows), { layer: provincie, region: 0 });
    expect(noord.map((c) => [c.crebo, c.locations, c.institutions])).toEqual([
      ['25000', 2, 1],
      ['25001', 0, 0],
    ]);
    expect(noord[1].allPlaces).toEqual(['B1', 'P']);
    const zuid = countQualifications(input(rows), { layer: provincie, region: 1 });
    expect(zuid.map((c) => [c.crebo, c.locations, c.institutions])).toEqual([
      ['25000', 1, 1],
      ['25001', 1, 1],
    ]);
  });
});

describe('figuresInScope', () => {
  const metrics: CreboMetrics = {
    niveau: 4,
    limit: 45,
    national: { reached: 300, share: 0.6, duplications: 3 },
    layers: {
      provincie: {
        reached: Float64Array.of(100, 200),
        share: Float64Array.of(0.5, 0.8),
        duplications: Int32Array.of(2, 1),
      },
    },
  };

  it('gives the national figures without a scope and the region figures with one', () => {
    expect(figuresInScope(metrics, null)).toEqual({ reached: 300, share: 0.6, duplications: 3 });
    expect(figuresInScope(metrics, { layer: provincie, region: 1 })).toEqual({
      reached: 200,
      share: 0.8,
      duplications: 1,
    });
  });

  it('returns null for a layer or region the metrics do not have', () => {
    expect(figuresInScope(metrics, { layer: { ...provincie, id: 'rmc' }, region: 0 })).toBeNull();
    expect(figuresInScope(metrics, { layer: provincie, region: 5 })).toBeNull();
  });
});

describe('sortRows', () => {
  const make = (crebo: string, naam: string, locations: number, share: number | null): SectorRow => ({
    crebo,
    naam,
    niveau: 4,
    domein: 'D',
    locations,
    institutions: 1,
    allPlaces: [],
    stale: false,
    figures: share === null ? null : { reached: 0, share, duplications: 0 },
  });
  const rows = [make('1', 'Bakker', 5, 0.2), make('2', 'apotheker', 9, null), make('3', 'Zeeman', 5, 0.9)];

  it('sorts numbers both ways with crebo as tie-breaker', () => {
    expect(sortRows(rows, 'locations', 'descending').map((r) => r.crebo)).toEqual(['2', '1', '3']);
    expect(sortRows(rows, 'locations', 'ascending').map((r) => r.crebo)).toEqual(['1', '3', '2']);
  });

  it('sorts names in Dutch order, case-insensitively', () => {
    expect(sortRows(rows, 'naam', 'ascending').map((r) => r.naam)).toEqual(['apotheker', 'Bakker', 'Zeeman']);
  });

  it('puts missing figures last in either direction', () => {
    expect(sortRows(rows, 'coverage', 'descending').map((r) => r.crebo)).toEqual(['3', '1', '2']);
    expect(sortRows(rows, 'coverage', 'ascending').map((r) => r.crebo)).toEqual(['1', '3', '2']);
  });
});

describe('sortRows on a column of the user own figures', () => {
  it('sorts by the figure, missing ones last', () => {
    const base = {
      naam: '',
      niveau: 2 as const,
      domein: '',
      locations: 1,
      institutions: 1,
      allPlaces: [],
      figures: null,
      stale: false,
    };
    const rows = [
      { ...base, crebo: '1', indicators: { s: 12 } },
      { ...base, crebo: '2', indicators: { s: null } },
      { ...base, crebo: '3', indicators: { s: 230 } },
    ];
    expect(sortRows(rows, 'indicator:s', 'ascending').map((r) => r.crebo)).toEqual(['1', '3', '2']);
    expect(sortRows(rows, 'indicator:s', 'descending').map((r) => r.crebo)).toEqual(['3', '1', '2']);
  });
});
