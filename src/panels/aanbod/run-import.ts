import type { AanbodRequest } from '../../../workers/import/import-api.ts';
import type { OfferFile } from '../../data/aanbod/offer-file.ts';
import type { Pc4Point } from '../../data/aanbod/pc4.ts';
import type { Location, Qualification } from '../../data/geodata/types.ts';

/** The part of a browser File the import needs (a File satisfies it). */
export interface ImportSource {
  name: string;
  /** Milliseconds since 1970, 0 when unknown. */
  lastModified: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Parses the request (in the app: in the import worker) and reports progress. */
export type ParseAanbod = (request: AanbodRequest, onProgress: (fraction: number) => void) => Promise<OfferFile>;

export interface ImportDeps {
  locations: Location[];
  /** The bundled list (qualifications.json): niveau fallback and the names the file is compared with. */
  qualifications: Qualification[];
  loadPc4(): Promise<Pc4Point[]>;
  parse: ParseAanbod;
  accept(file: OfferFile): Promise<void>;
  onProgress?(fraction: number): void;
}

export type ImportOutcome = { ok: true; name: string } | { ok: false; name: string; message: string };

/**
 * Reads a chosen or dropped file with the shared parser and hands the offer to `accept` only
 * when the whole file could be used; on any failure nothing is accepted, so the previous offer
 * stays active, and the message says why (it names missing columns for an unusable file).
 */
export async function runImport(source: ImportSource, deps: ImportDeps): Promise<ImportOutcome> {
  try {
    const [bytes, pc4] = await Promise.all([source.arrayBuffer(), deps.loadPc4()]);
    const file = await deps.parse(
      {
        bytes,
        locations: deps.locations,
        qualifications: deps.qualifications,
        pc4,
        fileName: source.name,
        fileDate: source.lastModified ? new Date(source.lastModified).toISOString().slice(0, 10) : null,
      },
      deps.onProgress ?? (() => {}),
    );
    await deps.accept(file);
    return { ok: true, name: source.name };
  } catch (error) {
    return { ok: false, name: source.name, message: error instanceof Error ? error.message : String(error) };
  }
}
