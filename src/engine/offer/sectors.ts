import type { Offer } from './offer.ts';

export interface SectorCount {
  domain: string;
  /** Distinct places (vestigingen and PC4 pseudo-locations) with a programme in the domain. */
  locations: number;
  /** Distinct institutions (brin) offering the domain; pseudo-locations have no institution. */
  institutions: number;
  /** Distinct qualifications (crebo) offered in the domain. */
  qualifications: number;
  /** Offer rows in the domain. */
  rows: number;
}

/**
 * Per opleidingsdomein: how many locations and institutions offer it. Optionally restricted to a
 * set of places (e.g. the locations the map currently shows). Sorted by locations, then name.
 */
export function countPerDomain(offer: Offer, onlyPlaces?: ReadonlySet<string>): SectorCount[] {
  const result: SectorCount[] = [];
  for (const domain of offer.domains()) {
    const rows = offer.byDomain(domain).filter((row) => !onlyPlaces || onlyPlaces.has(row.vestiging));
    if (rows.length === 0) continue;
    const places = new Set<string>();
    const brins = new Set<string>();
    const crebos = new Set<string>();
    for (const row of rows) {
      places.add(row.vestiging);
      crebos.add(row.crebo);
      const brin = offer.place(row.vestiging)?.brin;
      if (brin) brins.add(brin);
    }
    result.push({
      domain,
      locations: places.size,
      institutions: brins.size,
      qualifications: crebos.size,
      rows: rows.length,
    });
  }
  return result.sort((a, b) => b.locations - a.locations || a.domain.localeCompare(b.domain, 'nl'));
}
