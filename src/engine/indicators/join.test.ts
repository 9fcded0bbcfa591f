import { describe, expect, it } from 'vitest';
import { gemeenteCode, type JoinContext, type JoinPlace, joinRecords, recordsFromRows } from './join.ts';

const place = (vestiging: string, gemeente: string, regions: string[]): JoinPlace => ({
  vestiging,
  brin: vestiging.slice(0, 4),
  gemeente,
  regions,
});
const places = new Map(
  [
    place('00GT00', 'GM0599', ['AM12']),
    place('00GT01', 'GM0599', ['AM12']),
    place('31KE01', 'GM0599', ['AM12']),
    place('14YD01', 'GM1783', ['AM13']),
  ].map((p) => [p.vestiging, p]),
);
const offered: Record<string, string[]> = { '25180': ['00GT00', '00GT01', '31KE01'], '25913': ['14YD01'] };
const ctx: JoinContext = { places, vestigingenOf: (crebo) => offered[crebo] ?? [] };

describe('recordsFromRows', () => {
  it('keeps good rows, skips missing values and reports words with their line', () => {
    const rows = [
      ['25180', '00GT00', '1.250'],
      ['25913', '14YD01', ''],
      ['25180', '00GT01', 'veel'],
      ['25180', '31KE01', '0,5'],
    ];
    const { records, errors } = recordsFromRows(rows, [2, 3, 4, 5], { crebo: 0, vestiging: 1 }, 2);
    expect(records.map((r) => r.value)).toEqual([1250, 0.5]);
    expect(errors).toEqual([
      { line: 4, reason: '"veel" is not a number', why: { code: 'not-a-number', value: 'veel' } },
    ]);
  });
});

describe('joinRecords', () => {
  const rec = (line: number, keys: Record<string, string>, value = 1) => ({ line, keys, value });

  it('joins on crebo and vestiging, institution, gemeente or region', () => {
    const result = joinRecords(
      [
        rec(2, { crebo: '25180', vestiging: '00gt01' }),
        rec(3, { crebo: '25180', brin: '00GT' }),
        rec(4, { crebo: '25180', gemeente: '599' }),
        rec(5, { crebo: '25913', regio: 'am13' }),
        rec(6, { crebo: '025913' }),
      ],
      ctx,
    );
    expect(result.unmatched).toEqual([]);
    expect(result.matched.map((m) => m.vestigingen)).toEqual([
      ['00GT01'],
      ['00GT00', '00GT01'],
      ['00GT00', '00GT01', '31KE01'],
      ['14YD01'],
      ['14YD01'],
    ]);
  });

  it('says why a record does not join, and lists duplicates', () => {
    const result = joinRecords(
      [
        rec(2, { crebo: '25180', vestiging: '99ZZ99' }),
        rec(3, { crebo: '25913', vestiging: '00GT00' }),
        rec(4, { crebo: '11111' }),
        rec(5, { crebo: 'x' }),
        rec(6, { crebo: '25913', vestiging: '14YD01' }),
        rec(7, { crebo: '25913', vestiging: '14yd01' }),
        rec(8, { crebo: '25180', gemeente: 'Rotterdam' }),
      ],
      ctx,
    );
    expect(result.unmatched.map(({ line, reason }) => ({ line, reason }))).toEqual([
      { line: 2, reason: 'vestiging 99ZZ99 is not known' },
      { line: 3, reason: 'crebo 25913 is not offered at vestiging 00GT00 in the active offer' },
      { line: 4, reason: 'crebo 11111 is not in the active offer' },
      { line: 5, reason: 'crebo "x" is not five digits' },
      { line: 8, reason: 'gemeente "Rotterdam" is not a gemeente code' },
    ]);
    expect(result.unmatched.map((u) => u.why)).toEqual([
      { code: 'key-unknown', key: 'vestiging', value: '99ZZ99' },
      { code: 'not-offered-at', crebo: '25913', key: 'vestiging', value: '00GT00' },
      { code: 'crebo-not-in-offer', crebo: '11111' },
      { code: 'crebo-malformed', value: 'x' },
      { code: 'gemeente-malformed', value: 'Rotterdam' },
    ]);
    expect(result.duplicates).toEqual([{ line: 7, firstLine: 6 }]);
    expect(result.matched.map((m) => m.line)).toEqual([6]);
  });

  it('reads gemeente codes in every usual form', () => {
    expect(['GM0599', 'gm599', '0599', '599'].map(gemeenteCode)).toEqual(['GM0599', 'GM0599', 'GM0599', 'GM0599']);
    expect(gemeenteCode('Rotterdam')).toBeNull();
  });
});
