import type { Grid } from '../../data/geodata/index.ts';
import { h3CellStrings } from '../../engine/grid/h3-cells.ts';

/**
 * The H3 index string of every grid cell, in dense-index order. This is the travel layer's
 * `data`: built once per grid and never rebuilt, because deck.gl then recomputes the ~56k hexagon
 * outlines; a new field only changes colours (through updateTriggers). The array index of an
 * entry is the cell's dense index, which is also what picking reports.
 */
export function buildCellList(grid: Pick<Grid, 'count' | 'h3Hi' | 'h3Lo'>): readonly string[] {
  // One list per grid object: the travel and delta layers must share the same `data` array,
  // and ~56k string conversions are worth doing once.
  const cached = cellLists.get(grid);
  if (cached) return cached;
  const cells = h3CellStrings(grid.h3Lo.subarray(0, grid.count), grid.h3Hi.subarray(0, grid.count));
  cellLists.set(grid, cells);
  return cells;
}

const cellLists = new WeakMap<object, readonly string[]>();
