import { parseAanbodCsv } from '../../data/aanbod/parse-csv.ts';
import type { OfferFile } from '../../data/aanbod/offer-file.ts';
import type { Pc4Point } from '../../data/aanbod/pc4.ts';
import type { Location, Qualification } from '../../data/geodata/types.ts';

/** The part of a browser File the import needs (a File satisfies it). */
export interface ImportSource {
  name: string;
  /** Milliseconds since 1970, 0 when unknown. */
  lastModified: number;
  text(): Promise<string>;
}

export interface ImportDeps {
  locations: readonly Location[];
  qualifications: readonly Qualification[];
  loadPc4(): Promise<readonly Pc4Point[]>;
  accept(file: OfferFile): Promise<void>;
}

export type ImportOutcome = { ok: true; name: string } | { ok: false; name: string; message: string };

/**
 * Reads a chosen or dropped file with the shared parser and hands the offer to `accept` only
 * when the whole file could be used; on any failure nothing is accepted, so the previous offer
 * stays active, and the message says why (it names missing columns for an unusable file).
 */
export async function runImport(source: ImportSource, deps: ImportDeps): Promise<ImportOutcome> {
  try {
    const [text, pc4] = await Promise.all([source.text(), deps.loadPc4()]);
    const { file } = parseAanbodCsv(text, {
      locations: deps.locations,
      qualifications: deps.qualifications,
      pc4,
      fileName: source.name,
      fileDate: source.lastModified ? new Date(source.lastModified).toISOString().slice(0, 10) : null,
    });
    await deps.accept(file);
    return { ok: true, name: source.name };
  } catch (error) {
    return { ok: false, name: source.name, message: error instanceof Error ? error.message : String(error) };
  }
}
