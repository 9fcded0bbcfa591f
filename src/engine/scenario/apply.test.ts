import { describe, expect, it } from 'vitest';
import type { OfferRow } from '../offer/types.ts';
import { applyEdits } from './apply.ts';
import { catalogueFrom } from './catalogue.ts';
import type { Edit } from './edits.ts';

const catalogue = catalogueFrom(
  [
    { crebo: '25180', niveau: 2, leerwegen: ['BOL', 'BBL'] },
    { crebo: '25655', niveau: 4, leerwegen: ['BOL'] },
    { crebo: '99999', niveau: null, leerwegen: [] },
  ],
  [{ brinvest: '00GT00' }, { brinvest: '00GT01' }, { brinvest: '01AB00' }],
);

const base: OfferRow[] = [
  { crebo: '25180', vestiging: '00GT00', leerweg: 'BOL', niveau: 2 },
  { crebo: '25180', vestiging: '00GT00', leerweg: 'BBL', niveau: 2 },
  { crebo: '25655', vestiging: '00GT01', leerweg: null, niveau: 4 },
];

function rowsOf(edits: Edit[]): OfferRow[] {
  const result = applyEdits(base, edits, catalogue);
  if ('error' in result) throw new Error(JSON.stringify(result.error));
  return result.rows;
}

function errorOf(edits: Edit[]) {
  const result = applyEdits(base, edits, catalogue);
  if (!('error' in result)) throw new Error('expected a refusal');
  return result.error;
}

describe('applyEdits', () => {
  it('stop without leerweg removes every leerweg; with one, only that one', () => {
    expect(rowsOf([{ op: 'stop', crebo: '25180', vestiging: '00GT00' }])).toEqual([base[2]]);
    expect(rowsOf([{ op: 'stop', crebo: '25180', vestiging: '00GT00', leerweg: 'BBL' }])).toEqual([base[0], base[2]]);
  });

  it('start appends a row with the niveau from the qualification list', () => {
    expect(rowsOf([{ op: 'start', crebo: '25180', vestiging: '01AB00', leerweg: 'BBL' }])).toEqual([
      ...base,
      { crebo: '25180', vestiging: '01AB00', leerweg: 'BBL', niveau: 2 },
    ]);
    expect(rowsOf([{ op: 'start', crebo: '25655', vestiging: '00GT00' }]).at(-1)).toEqual({
      crebo: '25655',
      vestiging: '00GT00',
      leerweg: null,
      niveau: 4,
    });
  });

  it('uitruil moves the rows to the other location', () => {
    expect(rowsOf([{ op: 'uitruil', crebo: '25655', van: '00GT01', naar: '01AB00' }])).toEqual([
      base[0],
      base[1],
      { ...base[2], vestiging: '01AB00' },
    ]);
  });

  it('start then stop restores the offer; the input is never modified', () => {
    const copy = structuredClone(base);
    expect(
      rowsOf([
        { op: 'start', crebo: '25180', vestiging: '01AB00' },
        { op: 'stop', crebo: '25180', vestiging: '01AB00' },
      ]),
    ).toEqual(base);
    expect(base).toEqual(copy);
  });

  it('refuses invalid edits with index and field, and applies nothing', () => {
    const ok: Edit = { op: 'stop', crebo: '25180', vestiging: '00GT00' };
    expect(errorOf([ok, { op: 'stop', crebo: '11111', vestiging: '00GT00' }])).toMatchObject({
      index: 1,
      field: 'crebo',
    });
    expect(errorOf([{ op: 'start', crebo: '25180', vestiging: 'ZZZZ00' }])).toMatchObject({
      index: 0,
      field: 'vestiging',
      reason: { code: 'unknown-vestiging', vestiging: 'ZZZZ00' },
    });
    expect(errorOf([{ op: 'stop', crebo: '25180', vestiging: '01AB00' }])).toMatchObject({
      field: 'vestiging',
      reason: { code: 'not-offered', crebo: '25180', vestiging: '01AB00', leerweg: null },
    });
    expect(errorOf([{ op: 'start', crebo: '25180', vestiging: '00GT00', leerweg: 'BOL' }])).toMatchObject({
      field: 'vestiging',
      reason: { code: 'already-offered', crebo: '25180', vestiging: '00GT00' },
    });
    expect(errorOf([ok, ok])).toMatchObject({ index: 1, field: 'vestiging' });
    expect(errorOf([{ op: 'uitruil', crebo: '25180', van: '01AB00', naar: '00GT01' }])).toMatchObject({ field: 'van' });
    expect(errorOf([{ op: 'uitruil', crebo: '25180', van: '00GT00', naar: '00GT00' }])).toMatchObject({
      field: 'naar',
    });
    expect(errorOf([{ op: 'uitruil', crebo: '25655', van: '00GT01', naar: 'XXXX00' }])).toMatchObject({
      field: 'naar',
    });
  });

  it('uitruil refuses a target that already offers it', () => {
    const rows = rowsOf([{ op: 'start', crebo: '25655', vestiging: '01AB00', leerweg: 'BOL' }]);
    const result = applyEdits(rows, [{ op: 'uitruil', crebo: '25655', van: '00GT01', naar: '01AB00' }], catalogue);
    expect(result).toMatchObject({
      error: { index: 0, field: 'naar', reason: { code: 'already-offered', crebo: '25655', vestiging: '01AB00' } },
    });
  });

  it('treats a row without leerweg as both leerwegen', () => {
    expect(errorOf([{ op: 'start', crebo: '25655', vestiging: '00GT01', leerweg: 'BOL' }])).toMatchObject({
      field: 'vestiging',
    });
    expect(errorOf([{ op: 'stop', crebo: '25655', vestiging: '00GT01', leerweg: 'BOL' }])).toMatchObject({
      field: 'leerweg',
    });
  });

  it('refuses a leerweg the qualification does not have, and a crebo without niveau', () => {
    expect(errorOf([{ op: 'start', crebo: '25655', vestiging: '00GT00', leerweg: 'BBL' }])).toMatchObject({
      field: 'leerweg',
    });
    expect(errorOf([{ op: 'start', crebo: '99999', vestiging: '00GT00' }])).toMatchObject({
      field: 'crebo',
      reason: { code: 'unknown-niveau', crebo: '99999' },
    });
  });

  it('takes a missing niveau from the offer, even after the offer stopped it everywhere', () => {
    const rows: OfferRow[] = [...base, { crebo: '99999', vestiging: '00GT01', leerweg: null, niveau: 3 }];
    const result = applyEdits(
      rows,
      [
        { op: 'stop', crebo: '99999', vestiging: '00GT01' },
        { op: 'start', crebo: '99999', vestiging: '01AB00' },
      ],
      catalogue,
    );
    expect(result).toEqual({ rows: [...base, { crebo: '99999', vestiging: '01AB00', leerweg: null, niveau: 3 }] });
  });
});
