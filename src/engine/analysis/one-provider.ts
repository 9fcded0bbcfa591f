import type { Highs } from 'highs';
import { type CoverPatterns, coveredYouth, coverPatterns, soleYouth } from './cover-patterns.ts';
import { bestKCover, type CoverSolution, minimumCover, type SolveOptions } from './cover-solver.ts';
import type { ReachLists } from './reach-lists.ts';
import type { CellYouth, YouthCount } from './youth.ts';

/** One current location of the crebo. */
export interface ProviderLocation {
  id: string;
  /** dense grid index; -1 when the location has no land cell */
  cell: number;
  /** the institution's main location (hoofdlocatie) */
  main: boolean;
}

/** The covering model of one crebo's locations at one travel limit. */
export interface ProviderModel {
  /** one representative location per column, in preference order */
  columns: ProviderLocation[];
  /** placed locations that share a cell with a more preferred one: they add nothing */
  sameCell: ProviderLocation[];
  /** locations without a grid cell: not modelled, neither kept nor dropped */
  unplaced: string[];
  patterns: CoverPatterns;
}

export interface ProviderAnswer {
  /** locations to keep, by code */
  keep: string[];
  /** youth that only this kept location reaches among the kept ones (aligned with `keep`) */
  alone: YouthCount[];
  /** locations whose stop loses no one (with `k`: whose stop loses the least) */
  drop: string[];
  unplaced: string[];
  reachBefore: YouthCount;
  reachAfter: YouthCount;
  optimal: boolean;
  /** see CoverSolution.bound */
  bound: number;
}

/**
 * Orders the locations by preference — main location first, then more youth within reach,
 * then the code — and makes one column per distinct cell (co-located locations reach the same
 * cells, so only the most preferred of them can be needed). The preference order is the
 * solvers' tie-break, which makes every answer reproducible.
 */
export function providerModel(
  locations: readonly ProviderLocation[],
  limit: number,
  reach: ReachLists,
  youth: CellYouth,
): ProviderModel {
  const unplaced = locations.filter((l) => l.cell < 0).map((l) => l.id);
  const youthInReach = new Map<number, number>();
  for (const l of locations) {
    if (l.cell < 0 || youthInReach.has(l.cell)) continue;
    const cells = reach.of(l.cell, limit);
    let sum = 0;
    for (let i = 0; i < cells.length; i++) sum += youth.pop[cells[i]];
    youthInReach.set(l.cell, sum);
  }
  const placed = locations
    .filter((l) => l.cell >= 0)
    .sort(
      (a, b) =>
        Number(b.main) - Number(a.main) ||
        (youthInReach.get(b.cell) as number) - (youthInReach.get(a.cell) as number) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const columns: ProviderLocation[] = [];
  const sameCell: ProviderLocation[] = [];
  const seen = new Set<number>();
  for (const l of placed) {
    if (seen.has(l.cell)) sameCell.push(l);
    else {
      seen.add(l.cell);
      columns.push(l);
    }
  }
  const patterns = coverPatterns(
    columns.map((l) => reach.of(l.cell, limit)),
    youth,
  );
  return { columns, sameCell, unplaced, patterns };
}

/** "As if one provider": the fewest locations that keep everyone's current access (LSCP). */
export function oneProvider(highs: Highs, model: ProviderModel, options?: SolveOptions): ProviderAnswer {
  return answer(model, minimumCover(highs, model.patterns, options));
}

/** "What if we had only k": the k locations that keep the most youth within reach (MCLP). */
export function onlyK(highs: Highs, model: ProviderModel, k: number, options?: SolveOptions): ProviderAnswer {
  return answer(model, bestKCover(highs, model.patterns, k, options));
}

function answer(model: ProviderModel, solution: CoverSolution): ProviderAnswer {
  const { columns, sameCell, unplaced, patterns } = model;
  const all = new Uint8Array(columns.length).fill(1);
  const alone = soleYouth(patterns, solution.chosen);
  const kept = columns.map((l, j) => ({ id: l.id, alone: alone[j] })).filter((_, j) => solution.chosen[j]);
  kept.sort((a, b) => (a.id < b.id ? -1 : 1));
  const drop = [...columns.filter((_, j) => !solution.chosen[j]), ...sameCell].map((l) => l.id).sort();
  return {
    keep: kept.map((k) => k.id),
    alone: kept.map((k) => k.alone),
    drop,
    unplaced: [...unplaced].sort(),
    reachBefore: coveredYouth(patterns, all),
    reachAfter: coveredYouth(patterns, solution.chosen),
    optimal: solution.optimal,
    bound: solution.bound,
  };
}
