import { describe, expect, it } from 'vitest';
import { prijsfactorShares } from './prijsfactor-shares.ts';

const factors: Record<string, number | null> = { '25001': 1.3, '25002': 1.3, '25003': 1.8, '25999': null };
const lookup = (crebo: string) => (crebo in factors ? { prijsfactor: factors[crebo] } : undefined);

describe('prijsfactorShares', () => {
  it('counts distinct crebos per factor, lowest first, with shares of all programmes', () => {
    const shares = prijsfactorShares(['25003', '25001', '25002', '25001'], lookup);
    expect(shares).toEqual({
      known: [
        { prijsfactor: 1.3, count: 2, share: 2 / 3 },
        { prijsfactor: 1.8, count: 1, share: 1 / 3 },
      ],
      unknown: 0,
      total: 3,
    });
  });

  it('counts a crebo without a factor, or missing from the list, as unknown and keeps it in the total', () => {
    const shares = prijsfactorShares(['25001', '25999', '30000'], lookup);
    expect(shares.unknown).toBe(2);
    expect(shares.total).toBe(3);
    expect(shares.known).toEqual([{ prijsfactor: 1.3, count: 1, share: 1 / 3 }]);
    const sum = shares.known.reduce((s, k) => s + k.count, 0) + shares.unknown;
    expect(sum).toBe(shares.total);
  });

  it('gives no shares for an institution without programmes', () => {
    expect(prijsfactorShares([], lookup)).toEqual({ known: [], unknown: 0, total: 0 });
  });
});
