import { describe, expect, it } from 'vitest';
import type { Gemeente } from '../../data/geodata/index.ts';
import { regionOptions } from './region-options.ts';

const krimp = { type: 'krimpregio' as const, regio: 'Achterhoek', confidence: 'high' };

const gemeente = (code: string, naam: string, provincie: string, amr: string, rmc: string, k = false): Gemeente => ({
  code, naam, provincie, corop: '', amr, amrNaam: `AMR ${amr}`, rmc, rmcNaam: `RMC ${rmc}`,
  inwoners: 1, inwoners15_24: 1, gridPop15_24: 1, krimp: k ? krimp : null,
});

const gemeenten = [
  gemeente('GM0001', 'Winterswijk', 'Gelderland', 'AM10', 'MC20', true),
  gemeente('GM0002', 'Arnhem', 'Gelderland', 'AM11', 'MC21'),
  gemeente('GM0003', 'Zwolle', 'Overijssel', 'AM12', 'MC22'),
];

describe('regionOptions', () => {
  it('lists each region once, named and sorted', () => {
    expect(regionOptions(gemeenten, 'provincie')).toEqual([
      { key: 'Gelderland', name: 'Gelderland' },
      { key: 'Overijssel', name: 'Overijssel' },
    ]);
    expect(regionOptions(gemeenten, 'amr').map((o) => o.name)).toEqual(['AMR AM10', 'AMR AM11', 'AMR AM12']);
    expect(regionOptions(gemeenten, 'gemeente').map((o) => o.name)).toEqual(['Arnhem', 'Winterswijk', 'Zwolle']);
    expect(regionOptions(gemeenten, 'krimp')).toEqual([{ key: 'Achterhoek', name: 'Achterhoek' }]);
  });
});
