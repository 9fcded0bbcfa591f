import type { Offer } from './offer.ts';
import type { Leerweg, Niveau, OfferRow, Qualification } from './types.ts';

/** The offer filter of the locations panel. Empty lists and null mean "no restriction". */
export interface OfferFilter {
  niveaus: readonly Niveau[];
  /** Domain names as returned by domainOf / Offer.domains(). */
  domains: readonly string[];
  /** Chosen qualifications (crebo). */
  crebos: readonly string[];
  leerweg: Leerweg | null;
}

export const NO_OFFER_FILTER: OfferFilter = Object.freeze({ niveaus: [], domains: [], crebos: [], leerweg: null });

export function isOfferFilterActive(filter: OfferFilter): boolean {
  return filter.niveaus.length > 0 || filter.domains.length > 0 || filter.crebos.length > 0 || filter.leerweg !== null;
}

/** Does one row pass? A row without leerweg (the source did not say) passes either leerweg. */
export function rowMatches(offer: Offer, row: OfferRow, filter: OfferFilter): boolean {
  if (filter.niveaus.length > 0 && !filter.niveaus.includes(row.niveau)) return false;
  if (filter.crebos.length > 0 && !filter.crebos.includes(row.crebo)) return false;
  if (filter.leerweg !== null && row.leerweg !== null && row.leerweg !== filter.leerweg) return false;
  if (filter.domains.length > 0 && !filter.domains.includes(offer.domainOfCrebo(row.crebo))) return false;
  return true;
}

/** The rows that pass, starting from the narrowest index so large offers stay fast. */
export function filterRows(offer: Offer, filter: OfferFilter): OfferRow[] {
  let candidates: readonly OfferRow[] = offer.rows;
  if (filter.crebos.length > 0) candidates = filter.crebos.flatMap((c) => offer.byCrebo(c));
  else if (filter.niveaus.length === 1) candidates = offer.byNiveau(filter.niveaus[0]);
  else if (filter.domains.length === 1) candidates = offer.byDomain(filter.domains[0]);
  return candidates.filter((row) => rowMatches(offer, row, filter));
}

/**
 * The vestigingen (and pseudo-locations) with at least one programme that passes the filter.
 * With no active filter this is every place in the offer.
 */
export function filterLocations(offer: Offer, filter: OfferFilter): Set<string> {
  return new Set(filterRows(offer, filter).map((row) => row.vestiging));
}

/**
 * Qualifications whose crebo starts with the query, or whose name contains it (case- and
 * accent-insensitive). Crebo matches come first, then names alphabetically.
 */
export function searchQualifications(
  qualifications: readonly Qualification[],
  query: string,
  limit = 20,
): Qualification[] {
  const q = fold(query.trim());
  if (q === '') return [];
  const byCrebo: Qualification[] = [];
  const byName: Qualification[] = [];
  for (const qual of qualifications) {
    if (/^\d+$/.test(q) && qual.crebo.startsWith(q)) byCrebo.push(qual);
    else if (fold(qual.naam).includes(q)) byName.push(qual);
  }
  byName.sort((a, b) => a.naam.localeCompare(b.naam, 'nl') || a.crebo.localeCompare(b.crebo));
  return [...byCrebo, ...byName].slice(0, limit);
}

function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
