import type { Location } from '../../data/geodata/index.ts';
import type { FilterRegionLayer } from '../view.ts';

/** The key of the region of `layer` that a location lies in, or null when it lies in none. */
export function regionKeyOfLocation(location: Location, layer: FilterRegionLayer): string | null {
  switch (layer) {
    case 'provincie':
      return location.provincie;
    case 'amr':
      return location.amr;
    case 'rmc':
      return location.rmc;
    case 'gemeente':
      return location.gemeente;
    case 'krimp':
      return location.krimp?.regio ?? null;
  }
}
