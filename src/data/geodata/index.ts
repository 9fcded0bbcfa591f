/**
 * Loaders for the derived geodata in public/geodata/ (format: docs/geodata-format.md).
 * Pure and DOM-free: used by the app, the workers, the CLI scripts and the node tests.
 * Every failure is a GeodataError that names the file and says why.
 */
export { GeodataChecksumError, GeodataError } from './errors.ts';
export {
  parseManifest,
  parseLocations,
  parseInstitutions,
  parseQualifications,
  parseGemeenten,
  parsePlaces,
} from './parse.ts';
export { parseTopology, REGION_LAYERS, BASEMAP_LAYERS } from './topology.ts';
export {
  decodeGrid,
  encodeGrid,
  gridCellH3,
  GRID_NO_GEMEENTE,
  GRID_MAGIC,
  GRID_FORMAT_VERSION,
} from './grid.ts';
export { sha256Hex, verifySha256, verifyAgainstManifest } from './checksum.ts';
export { GEODATA_FILES } from './files.ts';
export { decodeGraphFile, loadVerifiedGraph } from './graph.ts';
export type {
  Location,
  Institution,
  InstitutionSoort,
  Qualification,
  QualificationBron,
  Niveau,
  Leerweg,
  Gemeente,
  KrimpMembership,
  KrimpType,
  Place,
  Manifest,
  ManifestOutput,
  ManifestSource,
  Grid,
} from './types.ts';
