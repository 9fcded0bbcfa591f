/**
 * The offer import, shared by the browser (ImportPanel) and the CLI (scripts/cli/import-aanbod.ts),
 * and the derived offer-file format both write and the app loads.
 */

export { OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from './columns.ts';
export { AanbodFileError } from './errors.ts';
export {
  compareOfferRows,
  IMPORTED_OFFER_FILE,
  MODELLED_OFFER_FILE,
  OFFER_FILE_FORMAT,
  OFFER_FILE_VERSION,
  type OfferCounts,
  type OfferFile,
  type OfferKind,
  type OfferProvenance,
  type PseudoLocation,
  parseOfferFile,
  pseudoLocationId,
  type RejectedRow,
  serializeOfferFile,
} from './offer-file.ts';
export {
  type AanbodContext,
  type AanbodParseResult,
  type ImportReport,
  parseAanbodBytes,
  parseAanbodCsv,
} from './parse-csv.ts';
export { PC4_FILE, type Pc4File, type Pc4Point, parsePc4File } from './pc4.ts';
export { checkPostcode, normalisePostcode } from './postcode.ts';
export { rejectedRowsToCsv } from './rejected-csv.ts';
