import type { Qualification } from '../offer/types.ts';

/** How an institution's programmes spread over the funding cost factors (prijsfactor). */
export interface PrijsfactorShares {
  /** one entry per known factor, lowest first; `share` is of `total`, unknown included */
  known: { prijsfactor: number; count: number; share: number }[];
  /** programmes whose crebo the 2015-16 list does not hold: no factor is known for them */
  unknown: number;
  /** distinct programmes (crebos) counted */
  total: number;
}

/**
 * Counts distinct crebos by their prijsfactor. A crebo without one (a newer qualification, or
 * one only an imported file names) is counted as unknown, so the shares never hide that part.
 */
export function prijsfactorShares(
  crebos: Iterable<string>,
  qualification: (crebo: string) => Pick<Qualification, 'prijsfactor'> | undefined,
): PrijsfactorShares {
  const distinct = new Set(crebos);
  const counts = new Map<number, number>();
  let unknown = 0;
  for (const crebo of distinct) {
    const factor = qualification(crebo)?.prijsfactor ?? null;
    if (factor === null) unknown++;
    else counts.set(factor, (counts.get(factor) ?? 0) + 1);
  }
  const total = distinct.size;
  return {
    known: [...counts]
      .sort((a, b) => a[0] - b[0])
      .map(([prijsfactor, count]) => ({ prijsfactor, count, share: count / total })),
    unknown,
    total,
  };
}
