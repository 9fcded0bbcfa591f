import type { Gemeente } from '../../data/geodata/index.ts';
import type { FilterRegionLayer } from '../view.ts';
import { regionKeyOfGemeente } from './region-key-of-gemeente.ts';

export interface RegionOption {
  key: string;
  name: string;
}

const collator = new Intl.Collator('nl-NL');

/**
 * Every region of a layer, from the gemeente table (so regions without a location are listed
 * too), sorted by name. Keys match regionKeyOfLocation.
 */
export function regionOptions(gemeenten: readonly Gemeente[], layer: FilterRegionLayer): RegionOption[] {
  const byKey = new Map<string, string>();
  for (const g of gemeenten) {
    const key = regionKeyOfGemeente(g, layer);
    if (key !== null && !byKey.has(key)) byKey.set(key, regionName(g, layer, key));
  }
  return [...byKey].map(([key, name]) => ({ key, name })).sort((a, b) => collator.compare(a.name, b.name));
}

function regionName(g: Gemeente, layer: FilterRegionLayer, key: string): string {
  switch (layer) {
    case 'amr':
      return g.amrNaam || key;
    case 'rmc':
      return g.rmcNaam || key;
    case 'gemeente':
      return g.naam;
    default:
      return key;
  }
}
