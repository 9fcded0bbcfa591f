import { describe, expect, it } from 'vitest';
import { guessColumns } from './keys.ts';

describe('guessColumns', () => {
  it('finds keys by their names and figures by their values', () => {
    const header = ['Crebo', 'Brinvest', 'Aantal studenten', 'Kans op werk', 'Opmerking'];
    const rows = [
      ['25913', '14YD01', '12', '0,9', 'klein'],
      ['25978', '00GT00', '48', '0,85', ''],
    ];
    expect(guessColumns(header, rows).map((g) => `${g.role}:${g.because}`)).toEqual([
      'crebo:name',
      'vestiging:name',
      'value:numbers',
      'value:numbers',
      'ignore:none',
    ]);
  });

  it('falls back to the values when the names say nothing', () => {
    const header = ['code', 'waar', 'gem', 'n'];
    const rows = [
      ['25180', '00GT00', 'GM0599', '3'],
      ['25480', '31KE01', 'GM0599', '4'],
    ];
    expect(guessColumns(header, rows).map((g) => g.role)).toEqual(['crebo', 'vestiging', 'gemeente', 'value']);
  });

  it('gives each key to one column only', () => {
    const rows = [['25180', '25180']];
    expect(guessColumns(['crebo', 'crebo oud'], rows).map((g) => g.role)).toEqual(['crebo', 'value']);
  });
});
