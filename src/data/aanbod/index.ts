/**
 * The offer import, shared by the browser (ImportPanel) and the CLI (scripts/cli/import-aanbod.ts),
 * and the derived offer-file format both write and the app loads.
 */
export {
  parseAanbodCsv,
  parseAanbodBytes,
  type AanbodContext,
  type AanbodParseResult,
  type ImportReport,
} from './parse-csv.ts';
export { AanbodFileError } from './errors.ts';
export { REQUIRED_COLUMNS, OPTIONAL_COLUMNS } from './columns.ts';
export {
  serializeOfferFile,
  parseOfferFile,
  pseudoLocationId,
  compareOfferRows,
  OFFER_FILE_FORMAT,
  OFFER_FILE_VERSION,
  MODELLED_OFFER_FILE,
  IMPORTED_OFFER_FILE,
  type OfferFile,
  type OfferKind,
  type OfferProvenance,
  type OfferCounts,
  type PseudoLocation,
  type RejectedRow,
} from './offer-file.ts';
export { parsePc4File, PC4_FILE, type Pc4Point, type Pc4File } from './pc4.ts';
export { rejectedRowsToCsv } from './rejected-csv.ts';
export { checkPostcode, normalisePostcode } from './postcode.ts';
