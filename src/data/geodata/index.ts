/**
 * Loaders for the derived geodata in public/geodata/ (format: docs/geodata-format.md).
 * Pure and DOM-free: used by the app, the workers, the CLI scripts and the node tests.
 * Every failure is a GeodataError that names the file and says why.
 */

export { sha256Hex, verifyAgainstManifest, verifySha256 } from './checksum.ts';
export { GeodataChecksumError, GeodataError } from './errors.ts';
export { GEODATA_FILES } from './files.ts';
export { decodeGraphFile, loadVerifiedGraph } from './graph.ts';
export {
  decodeGrid,
  encodeGrid,
  GRID_FORMAT_VERSION,
  GRID_MAGIC,
  GRID_NO_GEMEENTE,
  gridCellH3,
} from './grid.ts';
export {
  parseGemeenten,
  parseInstitutions,
  parseLocations,
  parseManifest,
  parsePlaces,
  parseQualifications,
} from './parse.ts';
export { BASEMAP_LAYERS, parseTopology, REGION_LAYERS } from './topology.ts';
export type {
  Gemeente,
  Grid,
  Institution,
  InstitutionSoort,
  KrimpMembership,
  KrimpType,
  Leerweg,
  Location,
  Manifest,
  ManifestOutput,
  ManifestSource,
  Niveau,
  Place,
  Qualification,
  QualificationBron,
} from './types.ts';
