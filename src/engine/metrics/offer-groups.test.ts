import { describe, expect, it } from 'vitest';
import { groupByCrebo, sameSet } from './offer-groups.ts';

describe('groupByCrebo', () => {
  it('merges leerwegen into distinct locations per crebo, for the included rows only', () => {
    const groups = groupByCrebo(
      [
        { crebo: '1', vestiging: 'A', leerweg: 'BOL', niveau: 2 },
        { crebo: '1', vestiging: 'A', leerweg: 'BBL', niveau: 2 },
        { crebo: '1', vestiging: 'B', leerweg: null, niveau: 2 },
        { crebo: '2', vestiging: 'A', leerweg: null, niveau: 4 },
      ],
      (r) => r.niveau === 2,
    );
    expect([...groups]).toEqual([['1', { niveau: 2, vestigingen: new Set(['A', 'B']) }]]);
  });

  it('compares sets regardless of order', () => {
    expect(sameSet(new Set([1, 2]), new Set([2, 1]))).toBe(true);
    expect(sameSet(new Set([1, 2]), new Set([1, 3]))).toBe(false);
    expect(sameSet(new Set([1]), new Set([1, 3]))).toBe(false);
  });
});
