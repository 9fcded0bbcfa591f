/** Travel fields per crebo, domain and niveau, cached by the set of source cells. */
export { FieldCache, minFields, UNREACHABLE } from './field-cache.ts';
export type { FieldFn, FieldCacheStats } from './field-cache.ts';
export { cellSetOf, sameCells, cellSetKey, sortedUniqueCells, unionCells, differenceIfSuperset } from './cell-sets.ts';
export type { CellOf } from './cell-sets.ts';
