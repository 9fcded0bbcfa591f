import type { Location } from './types.ts';

/**
 * Test support: a complete, schema-shaped location named `brinvest` (its BRIN the first four
 * characters), in gemeente GM0001 at cell 0 unless `overrides` say otherwise.
 */
export function testLocation(brinvest: string, overrides: Partial<Location> = {}): Location {
  return {
    brinvest,
    brin: brinvest.slice(0, 4),
    instelling: brinvest,
    naam: brinvest,
    adres: '',
    postcode: '1234AB',
    plaats: '',
    lon: 5,
    lat: 52,
    hoofdlocatie: true,
    gemeente: 'GM0001',
    gemeenteNaam: 'G',
    amr: null,
    amrNaam: null,
    rmc: null,
    rmcNaam: null,
    provincie: null,
    krimp: null,
    cell: 0,
    onLand: true,
    ...overrides,
  };
}
