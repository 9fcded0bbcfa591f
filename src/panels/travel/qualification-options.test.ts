import { describe, expect, it } from 'vitest';
import { qualificationOptions } from './qualification-options.ts';

describe('qualificationOptions', () => {
  it('lists each crebo at the niveau once, by name, keeping unknown crebos by code', () => {
    const rows = {
      2: [{ crebo: '25655' }, { crebo: '25180' }, { crebo: '25655' }, { crebo: '99999' }],
      4: [{ crebo: '25400' }],
    };
    const names: Record<string, string> = { '25655': 'Kok', '25180': 'Gastheer', '25400': 'Manager' };
    const offer = {
      byNiveau: (n: 1 | 2 | 3 | 4) => rows[n as 2 | 4] ?? [],
      qualification: (crebo: string) => (names[crebo] ? { naam: names[crebo] } : undefined),
    };
    expect(qualificationOptions(offer, 2)).toEqual([
      { crebo: '99999', naam: '99999' },
      { crebo: '25180', naam: 'Gastheer' },
      { crebo: '25655', naam: 'Kok' },
    ]);
    expect(qualificationOptions(offer, 1)).toEqual([]);
  });
});
