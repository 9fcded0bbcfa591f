import { addCell, addYouth, type CellYouth, emptyYouth, type YouthCount } from './youth.ts';

/**
 * The covered cells of a set of locations, grouped by their coverage pattern: the set of
 * locations (columns) within whose reach a cell lies. Covering models need one constraint per
 * distinct pattern, not per cell: tens of thousands of cells collapse to a few hundred patterns.
 */
export interface CoverPatterns {
  columnCount: number;
  patternCount: number;
  /** CSR: pattern p is covered by columns members[starts[p]..starts[p+1]), ascending */
  starts: Int32Array;
  members: Int32Array;
  /** youth per pattern */
  youth: YouthCount[];
  /** per cell: its pattern, or -1 when no column reaches it */
  patternOfCell: Int32Array;
  /** per column: youth within its reach, whoever else also reaches them */
  columnYouth: Float64Array;
}

// Two 32-bit multiplicative hashes over the column sequence of a cell; 53 bits of them make
// an exact Map key. Equal keys are verified against the member lists, so a collision only
// costs a probe, never a wrong grouping.
const H1 = 0x9e3779b1;
const H2 = 0x85ebca77;
const LOW_BITS = 2 ** 21;

/** `columns[j]` is the sorted list of cells within reach of column j (see ReachLists). */
export function coverPatterns(columns: readonly Int32Array[], youth: CellYouth): CoverPatterns {
  const cellCount = youth.pop.length;
  // CSR offsets of each cell's column list: counts first, then their prefix sums.
  const offsets = new Int32Array(cellCount + 1);
  for (const cells of columns) for (let i = 0; i < cells.length; i++) offsets[cells[i] + 1]++;
  for (let c = 0; c < cellCount; c++) offsets[c + 1] += offsets[c];
  const cursor = offsets.slice(0, cellCount);
  const cellMembers = new Int32Array(offsets[cellCount]);
  const h1 = new Int32Array(cellCount);
  const h2 = new Int32Array(cellCount);
  columns.forEach((cells, j) => {
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      cellMembers[cursor[c]++] = j;
      h1[c] = Math.imul(h1[c] ^ (j + 1), H1);
      h2[c] = Math.imul(h2[c] ^ (j + 1), H2);
    }
  });

  const patternOfCell = new Int32Array(cellCount).fill(-1);
  const firstCell: number[] = [];
  const byKey = new Map<number, number>();
  const sameMembers = (a: number, b: number) => {
    const la = offsets[a + 1] - offsets[a];
    if (la !== offsets[b + 1] - offsets[b]) return false;
    for (let i = 0; i < la; i++) if (cellMembers[offsets[a] + i] !== cellMembers[offsets[b] + i]) return false;
    return true;
  };
  for (let c = 0; c < cellCount; c++) {
    if (offsets[c + 1] === offsets[c]) continue;
    let key = (h1[c] >>> 0) * LOW_BITS + ((h2[c] >>> 0) % LOW_BITS);
    for (;;) {
      const p = byKey.get(key);
      if (p === undefined) {
        byKey.set(key, firstCell.length);
        patternOfCell[c] = firstCell.length;
        firstCell.push(c);
        break;
      }
      if (sameMembers(firstCell[p], c)) {
        patternOfCell[c] = p;
        break;
      }
      key++; // a hash collision between different patterns: probe on
    }
  }

  const patternCount = firstCell.length;
  const starts = new Int32Array(patternCount + 1);
  firstCell.forEach((c, p) => {
    starts[p + 1] = starts[p] + offsets[c + 1] - offsets[c];
  });
  const members = new Int32Array(starts[patternCount]);
  firstCell.forEach((c, p) => {
    members.set(cellMembers.subarray(offsets[c], offsets[c + 1]), starts[p]);
  });

  const patternYouth = Array.from({ length: patternCount }, emptyYouth);
  for (let c = 0; c < cellCount; c++) if (patternOfCell[c] >= 0) addCell(patternYouth[patternOfCell[c]], youth, c);
  const columnYouth = new Float64Array(columns.length);
  columns.forEach((cells, j) => {
    for (let i = 0; i < cells.length; i++) columnYouth[j] += youth.pop[cells[i]];
  });
  return {
    columnCount: columns.length,
    patternCount,
    starts,
    members,
    youth: patternYouth,
    patternOfCell,
    columnYouth,
  };
}

/** Youth in the patterns (all, or only those listed) that at least one chosen column covers. */
export function coveredYouth(patterns: CoverPatterns, chosen: Uint8Array, only?: readonly number[]): YouthCount {
  const out = emptyYouth();
  const count = only ? only.length : patterns.patternCount;
  for (let i = 0; i < count; i++) {
    const p = only ? only[i] : i;
    for (let k = patterns.starts[p]; k < patterns.starts[p + 1]; k++) {
      if (chosen[patterns.members[k]]) {
        addYouth(out, patterns.youth[p]);
        break;
      }
    }
  }
  return out;
}

/**
 * Per chosen column: the youth that only it covers among the chosen ones — what stopping it as
 * well would cost. Zero for columns that are not chosen.
 */
export function soleYouth(patterns: CoverPatterns, chosen: Uint8Array): YouthCount[] {
  const out = Array.from({ length: patterns.columnCount }, emptyYouth);
  for (let p = 0; p < patterns.patternCount; p++) {
    let only = -1;
    for (let k = patterns.starts[p]; k < patterns.starts[p + 1]; k++) {
      const j = patterns.members[k];
      if (!chosen[j]) continue;
      if (only >= 0) {
        only = -2;
        break;
      }
      only = j;
    }
    if (only >= 0) addYouth(out[only], patterns.youth[p]);
  }
  return out;
}
