/**
 * The shapes of the derived files in public/geodata/ (see docs/geodata-format.md).
 * The zod schemas in schemas.ts are checked against these types at compile time.
 */

export type KrimpType = 'krimpregio' | 'anticipeerregio';

/** Membership of a krimp- or anticipeerregio. The list is reconstructed, hence `confidence`. */
export interface KrimpMembership {
  type: KrimpType;
  regio: string;
  /** Free text from the source, e.g. "medium-high"; it may carry a short justification. */
  confidence: string;
}

export interface Location {
  brinvest: string;
  brin: string;
  instelling: string;
  naam: string;
  adres: string;
  postcode: string;
  plaats: string;
  lon: number;
  lat: number;
  hoofdlocatie: boolean;
  gemeente: string | null;
  gemeenteNaam: string | null;
  amr: string | null;
  amrNaam: string | null;
  rmc: string | null;
  rmcNaam: string | null;
  provincie: string | null;
  krimp: KrimpMembership | null;
  /** Dense index into grid.bin; -1 when no land cell lies within 2 km. */
  cell: number;
  onLand: boolean;
}

export type InstitutionSoort = 'roc' | 'aoc' | 'vakinstelling' | 'overig';

export interface Institution {
  brin: string;
  naam: string;
  afkorting: string;
  type: string;
  website: string;
  hoofdlocatie: string;
  locaties: string[];
  soort: InstitutionSoort;
}

export type Niveau = 1 | 2 | 3 | 4;
export type Leerweg = 'BOL' | 'BBL';
/** 'duo-bestand': added from, or named by, an imported DUO file (never in qualifications.json). */
export type QualificationBron = 'kwalificatiestructuur-2015' | 'sbb-koppeltabel-2023' | 'duo-bestand';

export interface Qualification {
  crebo: string;
  naam: string;
  /** 1 = Entree. null when the source does not give it (then niveauBekend is false). */
  niveau: Niveau | null;
  niveauBekend: boolean;
  domeinCode: string | null;
  domein: string | null;
  dossierCrebo: string | null;
  dossierNaam: string | null;
  /** Empty when the source does not say which leerwegen exist. */
  leerwegen: Leerweg[];
  /** The list the record's attributes come from (the 2015 structure wins when both have it). */
  bron: QualificationBron;
  /** Every list that contains this crebo. */
  bronnen: QualificationBron[];
}

export interface Gemeente {
  /** CBS code, "GM0599". */
  code: string;
  naam: string;
  provincie: string;
  corop: string;
  amr: string;
  amrNaam: string;
  rmc: string;
  rmcNaam: string;
  /** Population on 1-1-2023 (CBS). */
  inwoners: number;
  /** Estimated 15–24 year olds on 1-1-2023 (CBS percentage band times population). */
  inwoners15_24: number;
  /** 15–24 year olds in this gemeente's grid cells (PC4 2020 counts spread by area). */
  gridPop15_24: number;
  krimp: KrimpMembership | null;
}

export interface Place {
  name: string;
  lon: number;
  lat: number;
  population: number;
}

export interface ManifestOutput {
  path: string;
  sha256: string;
  bytes: number;
  rows: number;
  sources: string[];
}

export interface ManifestSource {
  id: string;
  title: string;
  files: string[];
  licence: string;
  attribution: string;
  url: string;
  note: string;
}

export interface Manifest {
  formatVersion: 1;
  outputs: ManifestOutput[];
  sources: ManifestSource[];
}

/** grid.bin decoded: the H3 land grid as parallel typed arrays indexed by dense cell index. */
export interface Grid {
  count: number;
  resolution: number;
  h3Hi: Uint32Array;
  h3Lo: Uint32Array;
  lon: Float32Array;
  lat: Float32Array;
  pop: Float32Array;
  /** Index into gemeenten.json; GRID_NO_GEMEENTE (65535) = none. */
  gemeente: Uint16Array;
}
