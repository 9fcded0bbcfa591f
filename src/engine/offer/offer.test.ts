import { describe, expect, it } from 'vitest';
import { FIXTURE_LOCATIONS, FIXTURE_QUALIFICATIONS } from '../../../test/fixtures/aanbod/context.ts';
import { offerFromFile } from './from-file.ts';
import { Offer } from './offer.ts';
import type { OfferRow } from './types.ts';

const ROWS: OfferRow[] = [
  { crebo: '25180', vestiging: '00GT00', leerweg: 'BOL', niveau: 2 },
  { crebo: '25180', vestiging: '00GT01', leerweg: 'BBL', niveau: 2 },
  { crebo: '25480', vestiging: '00GT00', leerweg: null, niveau: 4 },
  { crebo: '25448', vestiging: '14YD01', leerweg: 'BOL', niveau: 2 },
  { crebo: '25448', vestiging: '27GZ15', leerweg: 'BOL', niveau: 2 }, // same cell (12) as 14YD01
  { crebo: '25250', vestiging: '24ZZ05', leerweg: 'BOL', niveau: 1 },
  { crebo: '25180', vestiging: 'ZZZZ99', leerweg: 'BOL', niveau: 2 }, // unknown location
];
const offer = new Offer(ROWS, { locations: FIXTURE_LOCATIONS, qualifications: FIXTURE_QUALIFICATIONS });

describe('Offer', () => {
  it('keeps rows at unknown places out of the indexes and reports them', () => {
    expect(offer.rows).toHaveLength(6);
    expect(offer.unplaced).toEqual([ROWS[6]]);
  });

  it('is immutable', () => {
    expect(Object.isFrozen(offer.rows)).toBe(true);
    expect(Object.isFrozen(offer.rows[0])).toBe(true);
    expect(() => (offer.rows as OfferRow[]).push(ROWS[0])).toThrow();
  });

  it('looks rows up by crebo, niveau, domain and vestiging', () => {
    expect(offer.byCrebo('25180').map((r) => r.vestiging)).toEqual(['00GT00', '00GT01']);
    expect(offer.byNiveau(4)).toEqual([ROWS[2]]);
    expect(offer.byDomain('Voedsel, natuur en leefomgeving').map((r) => r.vestiging)).toEqual(['14YD01', '27GZ15']);
    expect(offer.byDomain('Entree')).toEqual([ROWS[5]]);
    expect(offer.byVestiging('00GT00').map((r) => r.crebo)).toEqual(['25180', '25480']);
    expect(offer.byCrebo('99999')).toEqual([]);
    expect(offer.domains()).toEqual([
      'Entree',
      'Horeca en bakkerij',
      'Voedsel, natuur en leefomgeving',
      'Zorg en welzijn',
    ]);
  });

  it('lists vestigingen per niveau and crebo, honouring leerweg (a row without leerweg counts for both)', () => {
    expect(offer.vestigingenFor(2, null)).toEqual(['00GT00', '00GT01', '14YD01', '27GZ15']);
    expect(offer.vestigingenFor(2, '25180', 'BBL')).toEqual(['00GT01']);
    expect(offer.vestigingenFor(4, '25480', 'BBL')).toEqual(['00GT00']);
    expect(offer.vestigingenFor(3, '25180')).toEqual([]);
  });
});

describe('offerFromFile', () => {
  it('gives PC4 pseudo-locations the nearest grid cell and no institution', () => {
    const file = {
      pseudoLocations: [{ id: 'PC4-7005', lon: 6.29772, lat: 51.94877 }],
      rows: [{ crebo: '25399', vestiging: 'PC4-7005', leerweg: 'BBL' as const, niveau: 3 as const }],
    };
    const cellLon = Float32Array.from([4.5, 6.2977, 6.31]);
    const cellLat = Float32Array.from([52, 51.9488, 51.95]);
    const built = offerFromFile(file, {
      locations: FIXTURE_LOCATIONS,
      qualifications: FIXTURE_QUALIFICATIONS,
      cellLon,
      cellLat,
    });
    expect(built.place('PC4-7005')).toEqual({ id: 'PC4-7005', cell: 1, brin: null, approximate: true });
    expect(built.vestigingenFor(3, '25399')).toEqual(['PC4-7005']);
  });
});
