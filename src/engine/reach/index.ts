/** Travel fields per crebo, domain and niveau, cached by the set of source cells. */

export type { CellOf } from './cell-sets.ts';
export { cellSetKey, cellSetOf, differenceIfSuperset, sameCells, sortedUniqueCells, unionCells } from './cell-sets.ts';
export type { FieldCacheStats, FieldFn } from './field-cache.ts';
export { FieldCache, minFields, UNREACHABLE } from './field-cache.ts';
