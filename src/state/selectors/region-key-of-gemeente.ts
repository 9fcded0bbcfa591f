import type { Gemeente } from '../../data/geodata/index.ts';
import type { FilterRegionLayer } from '../view.ts';

/** The key of the region of `layer` that a gemeente belongs to (same keys as regionKeyOfLocation). */
export function regionKeyOfGemeente(gemeente: Gemeente, layer: FilterRegionLayer): string | null {
  switch (layer) {
    case 'provincie':
      return gemeente.provincie || null;
    case 'amr':
      return gemeente.amr || null;
    case 'rmc':
      return gemeente.rmc || null;
    case 'gemeente':
      return gemeente.code;
    case 'krimp':
      return gemeente.krimp?.regio ?? null;
  }
}
