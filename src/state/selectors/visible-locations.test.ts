import { describe, expect, it } from 'vitest';
import type { Gemeente, Location } from '../../data/geodata/index.ts';
import { DEFAULT_VIEW } from '../view.ts';
import { regionKeyOfGemeente } from './region-key-of-gemeente.ts';
import { regionKeyOfLocation } from './region-key-of-location.ts';
import { visibleLocations } from './visible-locations.ts';

const krimp = { type: 'krimpregio' as const, regio: 'Achterhoek', confidence: 'high' };

const gemeente = (code: string, naam: string, provincie: string, amr: string, rmc: string, k = false): Gemeente => ({
  code,
  naam,
  provincie,
  corop: '',
  amr,
  amrNaam: `AMR ${amr}`,
  rmc,
  rmcNaam: `RMC ${rmc}`,
  inwoners: 1,
  inwoners15_24: 1,
  gridPop15_24: 1,
  krimp: k ? krimp : null,
});

const gemeenten = [
  gemeente('GM0001', 'Winterswijk', 'Gelderland', 'AM10', 'MC20', true),
  gemeente('GM0002', 'Arnhem', 'Gelderland', 'AM11', 'MC21'),
  gemeente('GM0003', 'Zwolle', 'Overijssel', 'AM12', 'MC22'),
];

const location = (brinvest: string, g: Gemeente | null): Location => ({
  brinvest,
  brin: brinvest.slice(0, 4),
  instelling: 'X',
  naam: brinvest,
  adres: '',
  postcode: '',
  plaats: '',
  lon: 6,
  lat: 52,
  hoofdlocatie: false,
  gemeente: g?.code ?? null,
  gemeenteNaam: g?.naam ?? null,
  amr: g?.amr ?? null,
  amrNaam: g?.amrNaam ?? null,
  rmc: g?.rmc ?? null,
  rmcNaam: g?.rmcNaam ?? null,
  provincie: g?.provincie ?? null,
  krimp: g?.krimp ?? null,
  cell: 0,
  onLand: true,
});

const locations = [
  location('AAAA00', gemeenten[0]),
  location('AAAA01', gemeenten[1]),
  location('BBBB00', gemeenten[2]),
  location('CCCC00', null),
];

describe('region keys', () => {
  it('agree between a location and its gemeente for every layer', () => {
    for (const layer of ['provincie', 'amr', 'rmc', 'gemeente', 'krimp'] as const) {
      for (const [i, g] of gemeenten.entries()) {
        expect(regionKeyOfLocation(locations[i], layer)).toBe(regionKeyOfGemeente(g, layer));
      }
      expect(regionKeyOfLocation(locations[3], layer)).toBeNull();
    }
  });
});

describe('visibleLocations', () => {
  const filters = DEFAULT_VIEW.filters;

  it('keeps everything without filters', () => {
    expect(visibleLocations(locations, filters)).toEqual(locations);
  });

  it('filters by institution, region and offer, all at once', () => {
    const ids = (ls: Location[]) => ls.map((l) => l.brinvest);
    expect(ids(visibleLocations(locations, { ...filters, institution: 'AAAA' }))).toEqual(['AAAA00', 'AAAA01']);
    expect(ids(visibleLocations(locations, { ...filters, regionLayer: 'provincie', region: 'Gelderland' }))).toEqual([
      'AAAA00',
      'AAAA01',
    ]);
    expect(ids(visibleLocations(locations, { ...filters, regionLayer: 'krimp', region: 'Achterhoek' }))).toEqual([
      'AAAA00',
    ]);
    expect(
      ids(
        visibleLocations(
          locations,
          { ...filters, regionLayer: 'provincie', region: 'Gelderland' },
          new Set(['AAAA01', 'BBBB00']),
        ),
      ),
    ).toEqual(['AAAA01']);
    expect(visibleLocations(locations, { ...filters, institution: 'ZZZZ' })).toEqual([]);
  });
});
