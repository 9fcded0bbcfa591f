import type { Location } from '../../data/geodata/index.ts';
import type { Filters } from '../view.ts';
import { regionKeyOfLocation } from './region-key-of-location.ts';

/**
 * The locations that pass the institution and region filters and, when given, lie in
 * `offerPlaces` (the brinvests offering the programmes the offer filter asks for).
 * Keeps the original order.
 */
export function visibleLocations(
  locations: readonly Location[],
  filters: Filters,
  offerPlaces: ReadonlySet<string> | null = null,
): Location[] {
  const { institution, regionLayer, region } = filters;
  return locations.filter(
    (location) =>
      (institution === null || location.brin === institution) &&
      (region === null || regionKeyOfLocation(location, regionLayer) === region) &&
      (offerPlaces === null || offerPlaces.has(location.brinvest)),
  );
}
