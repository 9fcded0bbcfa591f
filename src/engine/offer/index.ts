/** The offer model: which programme is offered where, with the lookups the app and engines need. */
export type { OfferRow, Leerweg, Niveau } from './types.ts';
export { Offer, type OfferPlace, type OfferContext } from './offer.ts';
export { offerFromFile, type OfferFileContent, type OfferFileContext } from './from-file.ts';
export { nearestCell } from './nearest-cell.ts';
export { domainOf, ENTREE_DOMAIN, UNKNOWN_DOMAIN, VNL_DOMAIN } from './domain.ts';
export {
  filterRows,
  filterLocations,
  rowMatches,
  searchQualifications,
  isOfferFilterActive,
  NO_OFFER_FILTER,
  type OfferFilter,
} from './filter.ts';
export { countPerDomain, type SectorCount } from './sectors.ts';
