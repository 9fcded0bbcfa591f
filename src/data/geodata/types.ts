/**
 * The shapes of the derived files in public/geodata/ (see docs/geodata-format.md).
 * The zod schemas in schemas.ts are checked against these types at compile time.
 * The location and qualification records belong to the engine's offer model, which data sits on.
 */
import type { KrimpMembership } from '../../engine/offer/types.ts';
import type { PopulationByYear } from '../../engine/population/by-year.ts';

export type {
  KrimpMembership,
  KrimpType,
  Leerweg,
  Location,
  Niveau,
  Qualification,
  QualificationBron,
} from '../../engine/offer/types.ts';

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
  /** 15–24 year olds in 2021 (the CBS count); the same array as popByYear[2021]. */
  pop: Float32Array;
  /** Index into gemeenten.json; GRID_NO_GEMEENTE (65535) = none. */
  gemeente: Uint16Array;
  /** 15–24 year olds per population year: 2021 counted, 2026 and 2031 today's children (no forecast). */
  popByYear: PopulationByYear;
}
