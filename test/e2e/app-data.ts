import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type OfferFile, parseOfferFile } from '../../src/data/aanbod/offer-file.ts';
import {
  type Location,
  type Manifest,
  parseInstitutions,
  parseLocations,
  parseManifest,
  parseQualifications,
} from '../../src/data/geodata/index.ts';
import { SOORT_COLORS } from '../../src/map/colors.ts';
import type { ColouredPoint } from './map.ts';

/** The geodata exactly as the served build has it, so expectations come from the data, not constants. */
function distFile(file: string): string {
  return readFileSync(resolve(process.cwd(), 'dist/geodata', file), 'utf8');
}

export const builtLocations = (): Location[] => parseLocations(distFile('locations.json'));
export const builtManifest = (): Manifest => parseManifest(distFile('manifest.json'));
export const builtQualifications = () => parseQualifications(JSON.parse(distFile('qualifications.json')));
/** Every location with the colour the map should draw it in (by kind of institution). */
export function builtLocationColours(): ColouredPoint[] {
  const soort = new Map(parseInstitutions(distFile('institutions.json')).map((i) => [i.brin, i.soort]));
  return builtLocations().map((l) => ({ lon: l.lon, lat: l.lat, colour: SOORT_COLORS[soort.get(l.brin) ?? 'overig'] }));
}
export const builtModelledOffer = (): OfferFile => parseOfferFile(distFile('aanbod-model.json'));

/** The location farthest from its nearest neighbour: a click on it cannot hit another dot. */
export function mostIsolatedLocation(locations: readonly Location[]): Location {
  let best = locations[0];
  let bestDistance = -1;
  for (const a of locations) {
    let nearest = Infinity;
    for (const b of locations) {
      if (a === b) continue;
      const dx = (a.lon - b.lon) * Math.cos((a.lat * Math.PI) / 180);
      const dy = a.lat - b.lat;
      nearest = Math.min(nearest, dx * dx + dy * dy);
    }
    if (nearest > bestDistance) {
      bestDistance = nearest;
      best = a;
    }
  }
  return best;
}
