/** The offer model: which programme is offered where, with the lookups the app and engines need. */

export { domainOf, ENTREE_DOMAIN, UNKNOWN_DOMAIN, VNL_DOMAIN } from './domain.ts';
export {
  filterLocations,
  filterRows,
  isOfferFilterActive,
  NO_OFFER_FILTER,
  type OfferFilter,
  rowMatches,
  searchQualifications,
} from './filter.ts';
export { type OfferFileContent, type OfferFileContext, offerFromFile } from './from-file.ts';
export { nearestCell } from './nearest-cell.ts';
export { Offer, type OfferContext, type OfferPlace } from './offer.ts';
export { countPerDomain, type SectorCount } from './sectors.ts';
export type { Leerweg, Niveau, OfferRow } from './types.ts';
