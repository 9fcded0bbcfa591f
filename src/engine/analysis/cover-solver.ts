import type { Highs, ModelData, ObjectiveSense } from 'highs';
import { type CoverPatterns, coveredYouth } from './cover-patterns.ts';
import { greedyCover, greedyKCover, pruneCover } from './greedy-cover.ts';

/**
 * Exact covering models over coverage patterns, solved with HiGHS (a MIP solver compiled to
 * WebAssembly; the caller loads it and passes it in, so this module stays synchronous and
 * free of loading concerns). Columns are locations in tie-break order: column 0 is the most
 * preferred. Only patterns with youth have to stay covered — a cell where no 15–24 year old
 * lives needs no location.
 */

/**
 * Less youth than this (a thousandth of a person) is float noise from spreading area counts over
 * cells, and it is below what the solver's tolerances can tell apart; such patterns need no cover.
 */
export const MIN_YOUTH = 1e-3;
export interface CoverSolution {
  /** 1 for every chosen column */
  chosen: Uint8Array;
  /** true when the solver proved this answer optimal */
  optimal: boolean;
  /**
   * Proven bound: for the set cover a lower bound on the number of locations, for the k-cover
   * an upper bound on the reachable youth. Equals the answer's value when optimal.
   */
  bound: number;
}

export interface SolveOptions {
  /** seconds the solver may use per stage before the greedy answer is taken; default 10 */
  timeLimitSeconds?: number;
}

const DEFAULT_TIME_LIMIT = 10;

/**
 * The smallest set of columns that covers every pattern with youth (set covering, LSCP). Ties
 * between sets of one size go to the smallest sum of column indices, i.e. the most preferred
 * locations: column j costs M + j with M above any index sum, so the integer objective orders
 * sets by size first and index sum second. On a time limit: the greedy cover (pruned so every
 * kept column is needed) with a proven lower bound on the size.
 */
export function minimumCover(highs: Highs, patterns: CoverPatterns, options: SolveOptions = {}): CoverSolution {
  const rows = patternsWithYouth(patterns);
  const m = patterns.columnCount;
  if (rows.length === 0) return { chosen: new Uint8Array(m), optimal: true, bound: 0 };
  const big = tieBreakScale(m);
  const model = new SparseModel(m, m);
  for (const p of rows) model.addRow(memberList(patterns, p), null, 1, highs.infinity);
  const result = solve(highs, model.data(highs, tieBreakCosts(m, m), highs.constants.objectiveSense.minimize), options);
  if (result.optimal && result.values) {
    const chosen = chosenColumns(result.values, m);
    return { chosen, optimal: true, bound: size(chosen) };
  }
  // Every feasible set of size c costs less than (c + 1)·M, so a bound B on the cost gives c ≥ ⌊B / M⌋.
  const solverBound = Number.isFinite(result.dualBound) ? Math.floor(result.dualBound / big + 1e-9) : 0;
  const bound = Math.max(essentialCount(patterns, rows), solverBound);
  const greedy = greedyCover(patterns, rows);
  // The solver's incumbent, when it has one, may beat the greedy cover; take the smaller.
  const incumbent = result.values ? pruneCover(patterns, rows, chosenColumns(result.values, m)) : null;
  const chosen = incumbent && size(incumbent) < size(greedy) ? incumbent : greedy;
  return { chosen, optimal: false, bound };
}

/**
 * At most `k` columns reaching the most youth (maximal covering, MCLP). Two stages: the largest
 * reach first, then — holding that reach — the fewest and most preferred columns with the costs
 * of minimumCover, so for k of at least the minimum cover size both answers are the same set.
 * On a time limit: the greedy k columns with the solver's upper bound on the reach.
 */
export function bestKCover(
  highs: Highs,
  patterns: CoverPatterns,
  k: number,
  options: SolveOptions = {},
): CoverSolution {
  if (!(Number.isInteger(k) && k >= 0)) throw new RangeError(`k must be a whole number ≥ 0, got ${k}`);
  const rows = patternsWithYouth(patterns);
  const m = patterns.columnCount;
  if (rows.length === 0 || k === 0) return { chosen: new Uint8Array(m), optimal: true, bound: 0 };
  // Columns x_0..x_{m-1}: location kept (binary); y_0..y_{p-1}: pattern covered (0..1).
  const n = m + rows.length;
  const model = new SparseModel(n, m);
  rows.forEach((p, i) => {
    const members = memberList(patterns, p);
    // y_i ≤ Σ_{j ∈ pattern} x_j
    model.addRow([...members, m + i], [...members.map(() => -1), 1], -highs.infinity, 0);
  });
  model.addRow(
    Array.from({ length: m }, (_, j) => j),
    null,
    -highs.infinity,
    k,
  );
  const weights = rows.map((p) => patterns.youth[p].total);
  const reachCosts = [...new Array<number>(m).fill(0), ...weights];

  const stage1 = solve(highs, model.data(highs, reachCosts, highs.constants.objectiveSense.maximize), options);
  // Reach over the rows the model holds (not over patterns below MIN_YOUTH), from the chosen set itself.
  const rowReach = (chosen: Uint8Array) => coveredYouth(patterns, chosen, rows).total;
  if (!stage1.optimal || !stage1.values) {
    const bound = Number.isFinite(stage1.dualBound) ? stage1.dualBound : weights.reduce((a, b) => a + b, 0);
    const greedy = greedyKCover(patterns, rows, k);
    // The solver's incumbent, when it has one, may beat the greedy pick; take the larger reach.
    const incumbent = stage1.values ? chosenColumns(stage1.values, m) : null;
    const chosen = incumbent && size(incumbent) <= k && rowReach(incumbent) > rowReach(greedy) ? incumbent : greedy;
    return { chosen, optimal: false, bound };
  }
  const first = chosenColumns(stage1.values, m);
  const reach = rowReach(first);
  // Hold that reach (less the solver's feasibility tolerance), then prefer fewer, better columns.
  model.addRow(
    rows.map((_, i) => m + i),
    weights,
    reach - 1e-6,
    highs.infinity,
  );
  const costs = [...tieBreakCosts(m, m), ...new Array<number>(rows.length).fill(0)];
  const stage2 = solve(highs, model.data(highs, costs, highs.constants.objectiveSense.minimize), options);
  const second = stage2.optimal && stage2.values ? chosenColumns(stage2.values, m) : null;
  // Keep the tie-broken set only if its exact reach is the optimum's (the tolerance must not cost youth).
  const chosen = second && rowReach(second) >= reach - 1e-9 * Math.max(1, reach) ? second : first;
  return { chosen, optimal: true, bound: reach };
}

interface SolveResult {
  optimal: boolean;
  values: Float64Array | null;
  dualBound: number;
}

function solve(highs: Highs, model: ModelData, options: SolveOptions): SolveResult {
  return highs.withModel(model, (m) => {
    m.options.set({
      output_flag: false,
      time_limit: options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT,
      // No relative gap: "optimal" then means proven optimal, not within 0.01 %.
      mip_rel_gap: 0,
    });
    m.run();
    const feasible = m.info.get('primal_solution_status') === highs.constants.solutionStatus.feasible;
    const bound = m.info.get('mip_dual_bound');
    return {
      optimal: m.getModelStatus() === highs.constants.modelStatus.optimal,
      values: feasible ? Float64Array.from(m.getSolution().colValue) : null,
      dualBound: typeof bound === 'number' ? bound : Number.NaN,
    };
  });
}

/** A model built row by row (CSR); the first `integerCols` columns are binary, the rest in [0, 1]. */
class SparseModel {
  private readonly starts: number[] = [0];
  private readonly indices: number[] = [];
  private readonly values: number[] = [];
  private readonly lower: number[] = [];
  private readonly upper: number[] = [];

  constructor(
    private readonly numCols: number,
    private readonly integerCols: number,
  ) {}

  /** lower ≤ Σ values[i]·x[cols[i]] ≤ upper; `values` null = all ones. */
  addRow(cols: readonly number[], values: readonly number[] | null, lower: number, upper: number): void {
    cols.forEach((c, i) => {
      this.indices.push(c);
      this.values.push(values ? values[i] : 1);
    });
    this.starts.push(this.indices.length);
    this.lower.push(lower);
    this.upper.push(upper);
  }

  data(highs: Highs, colCost: readonly number[], sense: ObjectiveSense): ModelData {
    const numRows = this.lower.length;
    return {
      numCols: this.numCols,
      numRows,
      sense,
      colCost,
      colLower: new Float64Array(this.numCols),
      colUpper: new Float64Array(this.numCols).fill(1),
      rowLower: this.lower,
      rowUpper: this.upper,
      matrix: {
        format: 'csr',
        numRows,
        numCols: this.numCols,
        starts: this.starts,
        indices: this.indices,
        values: this.values,
      },
      integrality: Int32Array.from({ length: this.numCols }, (_, j) =>
        j < this.integerCols ? highs.constants.variableType.integer : highs.constants.variableType.continuous,
      ),
    };
  }
}

/** M: larger than the sum of all column indices 0..m-1. */
function tieBreakScale(m: number): number {
  return (m * (m - 1)) / 2 + 1;
}

/** Cost M + j of column j: set size first, preference (low index) second. */
function tieBreakCosts(m: number, count: number): number[] {
  const big = tieBreakScale(m);
  return Array.from({ length: count }, (_, j) => big + j);
}

function size(chosen: Uint8Array): number {
  return chosen.reduce((a, b) => a + b, 0);
}

function chosenColumns(values: Float64Array, m: number): Uint8Array {
  return Uint8Array.from({ length: m }, (_, j) => (values[j] > 0.5 ? 1 : 0));
}

function memberList(patterns: CoverPatterns, p: number): number[] {
  return Array.from(patterns.members.subarray(patterns.starts[p], patterns.starts[p + 1]));
}

/** Indices of the patterns that hold youth. */
function patternsWithYouth(patterns: CoverPatterns): number[] {
  const rows: number[] = [];
  for (let p = 0; p < patterns.patternCount; p++) if (patterns.youth[p].total >= MIN_YOUTH) rows.push(p);
  return rows;
}

/** Columns that alone cover some pattern with youth: every cover contains them, a lower bound. */
function essentialCount(patterns: CoverPatterns, rows: readonly number[]): number {
  const essential = new Set<number>();
  for (const p of rows)
    if (patterns.starts[p + 1] - patterns.starts[p] === 1) essential.add(patterns.members[patterns.starts[p]]);
  return essential.size;
}
