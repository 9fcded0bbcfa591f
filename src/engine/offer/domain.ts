/**
 * The opleidingsdomein a qualification counts under in filters and the sector view.
 * The 2015 structure splits "Voedsel, natuur en leefomgeving" in two (an "(EZ)" part funded by
 * the ministry of agriculture and an OCW part); for users it is one domain. Entree has no
 * domain in the structure, so it gets its own group; crebos without a domain (older or
 * SBB-only codes) fall under "Onbekend".
 */
export interface DomainSource {
  niveau: 1 | 2 | 3 | 4 | null;
  domein: string | null;
}

export const ENTREE_DOMAIN = 'Entree';
export const UNKNOWN_DOMAIN = 'Onbekend';
export const VNL_DOMAIN = 'Voedsel, natuur en leefomgeving';

export function domainOf(q: DomainSource): string {
  const name = q.domein?.replace(/\s*\(EZ\)\s*$/, '').trim();
  if (name && !/^entree/i.test(name)) return name;
  if (q.niveau === 1 || (name && /^entree/i.test(name))) return ENTREE_DOMAIN;
  return UNKNOWN_DOMAIN;
}
