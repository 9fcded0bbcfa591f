import { splitLongToH3Index } from 'h3-js';

/**
 * The H3 index string of every grid cell, in dense-index order, from grid.bin's split 64-bit
 * indices. About 56k string conversions: callers build it once per grid.
 */
export function h3CellStrings(h3Lo: Uint32Array, h3Hi: Uint32Array): string[] {
  if (h3Lo.length !== h3Hi.length) throw new Error(`h3CellStrings: ${h3Lo.length} low halves but ${h3Hi.length} high halves`);
  const cells = new Array<string>(h3Lo.length);
  for (let i = 0; i < h3Lo.length; i++) cells[i] = splitLongToH3Index(h3Lo[i], h3Hi[i]);
  return cells;
}
