import { describe, expect, it } from 'vitest';
import type { Institution, Location, Place } from '../../data/geodata/index.ts';
import { GRID_NO_GEMEENTE } from '../../data/geodata/index.ts';
import { buildSearchIndex, gemeenteExtents, normalise, search } from './search-index.ts';

const location = (brinvest: string, naam: string, plaats: string, lon: number, lat: number): Location => ({
  brinvest,
  brin: brinvest.slice(0, 4),
  instelling: `Inst ${brinvest.slice(0, 4)}`,
  naam,
  adres: 'Straat 1',
  postcode: '1234AB',
  plaats,
  lon,
  lat,
  hoofdlocatie: false,
  gemeente: null,
  gemeenteNaam: null,
  amr: null,
  amrNaam: null,
  rmc: null,
  rmcNaam: null,
  provincie: null,
  krimp: null,
  cell: -1,
  onLand: true,
});

const institution = (brin: string, naam: string, afkorting: string, hoofdlocatie: string): Institution => ({
  brin,
  naam,
  afkorting,
  type: 'roc',
  website: '',
  hoofdlocatie,
  locaties: [],
  soort: 'roc',
});

const locations = [
  location('01AA00', 'Campus Noord', 'Groningen', 6.5, 53.2),
  location('01AA01', 'Zernike', 'Groningen', 6.6, 53.25),
  location('02BB00', 'Hoofdgebouw', 'Leeuwarden', 5.8, 53.2),
];
const institutions = [
  institution('01AA', 'Noorderpoort', 'NP', '01AA00'),
  institution('02BB', 'Friesland College', 'FC', '02BB00'),
  institution('03CC', 'Zonder Locaties', 'ZL', '03CC00'),
];
const places: Place[] = [{ name: 'Súdwest-Fryslân', lon: 5.6, lat: 53.0, population: 90_000 }];
const index = buildSearchIndex(institutions, locations, places);

describe('search', () => {
  it('normalises case, diacritics and punctuation', () => {
    expect(normalise('  Súdwest-Fryslân ')).toBe('sudwest fryslan');
  });

  it('finds places without typing diacritics', () => {
    expect(search(index, 'sudwest').map((e) => e.label)).toEqual(['Súdwest-Fryslân']);
  });

  it('finds an institution by abbreviation and gives the box around its locations', () => {
    const [hit] = search(index, 'np');
    expect(hit.kind).toBe('institution');
    expect(hit.key).toBe('01AA');
    expect(hit.bounds).toEqual([
      [6.5, 53.2],
      [6.6, 53.25],
    ]);
    expect([hit.lon, hit.lat]).toEqual([6.5, 53.2]); // its main location
  });

  it('leaves out institutions without locations', () => {
    expect(search(index, 'zonder')).toEqual([]);
  });

  it('ranks prefix matches first, then institutions before locations', () => {
    const labels = search(index, 'groningen').map((e) => `${e.kind}:${e.label}`);
    expect(labels).toEqual(['location:Campus Noord', 'location:Zernike']);
    const order = search(index, 'noord').map((e) => e.kind);
    expect(order).toEqual(['institution', 'location']);
  });

  it('needs at least two characters and respects the limit', () => {
    expect(search(index, 'g')).toEqual([]);
    expect(search(index, 'o', 10)).toEqual([]);
    expect(search(index, 'gr', 1)).toHaveLength(1);
  });
});

describe('gemeenteExtents', () => {
  it('boxes each gemeente around its cell centres, half a cell wider, and skips cells of no gemeente', () => {
    const extents = gemeenteExtents({
      count: 4,
      lon: Float32Array.from([4, 4.5, 5, 9]),
      lat: Float32Array.from([52, 51.5, 52, 50]),
      gemeente: Uint16Array.from([0, 0, 1, GRID_NO_GEMEENTE]),
    });
    expect([...extents.keys()].sort()).toEqual([0, 1]);
    const [[w, s], [e, n]] = extents.get(0)!;
    expect([w, s, e, n].map((x) => Math.round(x * 1000) / 1000)).toEqual([3.995, 51.495, 4.505, 52.005]);
  });
});
