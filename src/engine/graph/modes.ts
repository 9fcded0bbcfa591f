/**
 * Travel modes as bits, so the modes of a whole route fit in one byte per cell.
 * Each graph edge carries exactly one bit; a route's mask is the OR of its edges.
 */
export const MODE_CYCLE = 1;
export const MODE_BUS = 2;
export const MODE_RAIL = 4;
export const MODE_FERRY = 8;
export const MODE_FIXED_LINK = 16;

export type ModeName = 'cycle' | 'bus' | 'rail' | 'ferry' | 'fixedLink';

const MODE_BITS: readonly [ModeName, number][] = [
  ['cycle', MODE_CYCLE],
  ['bus', MODE_BUS],
  ['rail', MODE_RAIL],
  ['ferry', MODE_FERRY],
  ['fixedLink', MODE_FIXED_LINK],
];

/** The names of the modes in a mask, in a fixed order: cycle, bus, rail, ferry, fixedLink. */
export function modeNames(mask: number): ModeName[] {
  return MODE_BITS.filter(([, bit]) => (mask & bit) !== 0).map(([name]) => name);
}

export function modeMask(names: readonly ModeName[]): number {
  let mask = 0;
  for (const name of names) {
    const entry = MODE_BITS.find(([n]) => n === name);
    if (!entry) throw new RangeError(`unknown mode "${name}"`);
    mask |= entry[1];
  }
  return mask;
}
