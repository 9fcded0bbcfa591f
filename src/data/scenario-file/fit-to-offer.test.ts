import { describe, expect, it } from 'vitest';
import type { OfferRow } from '../../engine/offer/types.ts';
import { catalogueFrom } from '../../engine/scenario/index.ts';
import { fitToOffer, uniqueName } from './fit-to-offer.ts';

const rows: OfferRow[] = [{ crebo: '25180', vestiging: '00AA00', leerweg: 'BOL', niveau: 2 }];
const catalogue = catalogueFrom(
  [{ crebo: '25180', niveau: 2, leerwegen: ['BOL', 'BBL'] }],
  [{ brinvest: '00AA00' }, { brinvest: '00BB00' }],
);

describe('fitToOffer', () => {
  it('keeps the edits that fit, in order, and names each one that does not with its reason', () => {
    const fitted = fitToOffer(
      [
        {
          name: 'Mix',
          edits: [
            { op: 'stop', crebo: '25180', vestiging: '00BB00' },
            { op: 'start', crebo: '25180', vestiging: '00BB00' },
            { op: 'stop', crebo: '25180', vestiging: '00BB00' },
            { op: 'start', crebo: '99999', vestiging: '00ZZ00' },
          ],
        },
      ],
      rows,
      catalogue,
      [],
    );
    // The second stop fits because the start before it added the row.
    expect(fitted.scenarios).toEqual([
      {
        name: 'Mix',
        edits: [
          { op: 'start', crebo: '25180', vestiging: '00BB00' },
          { op: 'stop', crebo: '25180', vestiging: '00BB00' },
        ],
      },
    ]);
    expect(fitted.misfits.map((m) => [m.scenario, m.index, m.reason])).toEqual([
      ['Mix', 0, { code: 'not-offered', crebo: '25180', vestiging: '00BB00', leerweg: null }],
      ['Mix', 3, { code: 'unknown-crebo', crebo: '99999' }],
    ]);
  });

  it('adds imported scenarios under names that do not clash with existing ones or each other', () => {
    const fitted = fitToOffer(
      [
        { name: 'Plan', edits: [] },
        { name: 'Plan', edits: [] },
        { name: 'Nieuw', edits: [] },
      ],
      rows,
      catalogue,
      ['Plan', 'Plan (2)'],
    );
    expect(fitted.scenarios.map((s) => s.name)).toEqual(['Plan (3)', 'Plan (4)', 'Nieuw']);
    expect(uniqueName('X', new Set())).toBe('X');
  });
});
