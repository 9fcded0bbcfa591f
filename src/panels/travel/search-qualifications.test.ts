import { describe, expect, it } from 'vitest';
import { searchQualifications } from './search-qualifications.ts';

const options = [
  { crebo: '25655', naam: 'Kok' },
  { crebo: '25180', naam: 'Zelfstandig werkend kok' },
  { crebo: '25491', naam: 'Medewerker sport en recreatie' },
  { crebo: '25254', naam: 'Créatief vakman' },
  { crebo: '25650', naam: 'Gastheer/gastvrouw' },
];

describe('searchQualifications', () => {
  it('finds a crebo by its leading digits', () => {
    expect(searchQualifications(options, '2565').map((o) => o.crebo)).toEqual(['25650', '25655']);
  });

  it('puts names that start with the query before names that merely contain it', () => {
    expect(searchQualifications(options, 'kok').map((o) => o.crebo)).toEqual(['25655', '25180']);
  });

  it('matches every word, in any order, ignoring case and accents', () => {
    expect(searchQualifications(options, 'recreatie MEDEWERKER').map((o) => o.crebo)).toEqual(['25491']);
    expect(searchQualifications(options, 'creatief').map((o) => o.crebo)).toEqual(['25254']);
  });

  it('returns nothing for an empty query and caps the list', () => {
    expect(searchQualifications(options, '  ')).toEqual([]);
    expect(searchQualifications(options, '25', 2)).toHaveLength(2);
  });
});
