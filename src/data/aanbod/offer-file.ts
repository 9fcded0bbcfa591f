import { z } from 'zod';
import type { Leerweg, Niveau, OfferRow } from '../../engine/offer/types.ts';
import { describeIssues } from '../../engine/validation/first-issue.ts';
import { type OfferCatalogue, offerCatalogueSchema } from './catalogue.ts';
import { type RejectReason, rejectReasonSchema } from './reject-reason.ts';

/**
 * The derived offer file: `aanbod-model.json` (modelled, written by scripts/data/offer) and
 * the output of `npm run import-aanbod` / an in-app import. One format for both, so the app
 * loads either the same way; `kind` tells them apart, and the app labels `modelled`
 * everywhere it shows.
 *
 * Rows are stored as tuples [crebo, vestiging, leerweg, niveau] to keep the modelled file
 * small (tens of thousands of rows). `vestiging` is a brinvest, or the id of a pseudo-location
 * ("PC4-1234") when an imported row could only be placed at its PC4 area (approximate).
 */
export const OFFER_FILE_FORMAT = 'regiekaart-aanbod';
export const OFFER_FILE_VERSION = 1;
export const MODELLED_OFFER_FILE = 'aanbod-model.json';
export const IMPORTED_OFFER_FILE = 'aanbod.json';

export type OfferKind = 'modelled' | 'imported';

export interface PseudoLocation {
  /** "PC4-1234": used as `vestiging` in the rows. */
  id: string;
  pc4: string;
  lon: number;
  lat: number;
  plaats: string;
  gemeente: string;
  /** Always true: the row's real address is somewhere in this PC4 area. */
  approximate: true;
}

export interface RejectedRow {
  /** 1-based line in the source file where the record starts; the header is line 1. */
  line: number;
  /** In English (rejectReasonText), as the CLI prints it. */
  reason: string;
  /** The reason as data, for the panel to word in the user's language; absent in files from before it. */
  why?: RejectReason;
}

export interface OfferCounts {
  /** Data rows in the source (blank lines not counted). */
  rows: number;
  /** Rows accepted (rows = imported + duplicates + rejected). */
  imported: number;
  duplicates: number;
  rejected: number;
  /** Accepted rows placed by postcode + house number. */
  locationsAddress: number;
  /** Accepted rows placed by postcode alone. */
  locationsPostcode: number;
  /** Accepted rows placed at a PC4 point (approximate). */
  locationsPc4: number;
  /** Distinct (crebo, vestiging, leerweg) rows in the offer after merging. */
  offerRows: number;
}

export interface OfferProvenance {
  /** Source file name ("mbo_opleidingsaanbod.csv"), or the generator for the model. */
  source: string;
  /** YYYY-MM-DD of the source file when known (file date), else null. */
  date: string | null;
  /** Source ids from the manifest that the offer is built from. */
  sources: string[];
  /** Fixed seed of the modelled generator; null for an import. */
  seed: number | null;
  /** Short human description of how the offer came about. */
  note: string;
  counts: OfferCounts;
}

export interface OfferFile {
  format: typeof OFFER_FILE_FORMAT;
  formatVersion: typeof OFFER_FILE_VERSION;
  kind: OfferKind;
  provenance: OfferProvenance;
  pseudoLocations: PseudoLocation[];
  rejected: RejectedRow[];
  /** What an imported DUO file says about its qualifications and programmes; absent for the model. */
  catalogue?: OfferCatalogue;
  rows: OfferRow[];
}

type RowTuple = [string, string, Leerweg | null, Niveau];

const niveauSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const rowTupleSchema = z.tuple([
  z.string().regex(/^\d{5}$/, 'crebo must be 5 digits'),
  z.string().min(1),
  z.enum(['BOL', 'BBL']).nullable(),
  niveauSchema,
]);

const countsSchema = z.object({
  rows: z.number().int().min(0),
  imported: z.number().int().min(0),
  duplicates: z.number().int().min(0),
  rejected: z.number().int().min(0),
  locationsAddress: z.number().int().min(0),
  locationsPostcode: z.number().int().min(0),
  locationsPc4: z.number().int().min(0),
  offerRows: z.number().int().min(0),
});

const fileSchema = z.object({
  format: z.literal(OFFER_FILE_FORMAT),
  formatVersion: z.literal(OFFER_FILE_VERSION),
  kind: z.enum(['modelled', 'imported']),
  provenance: z.object({
    source: z.string().min(1),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    sources: z.array(z.string()),
    seed: z.number().int().nullable(),
    note: z.string(),
    counts: countsSchema,
  }),
  pseudoLocations: z.array(
    z.object({
      id: z.string().regex(/^PC4-[1-9]\d{3}$/),
      pc4: z.string().regex(/^[1-9]\d{3}$/),
      lon: z.number(),
      lat: z.number(),
      plaats: z.string(),
      gemeente: z.string(),
      approximate: z.literal(true),
    }),
  ),
  rejected: z.array(
    z.object({ line: z.number().int().min(1), reason: z.string(), why: rejectReasonSchema.optional() }),
  ),
  catalogue: offerCatalogueSchema.optional(),
  rows: z.array(rowTupleSchema),
});

export function pseudoLocationId(pc4: string): string {
  return `PC4-${pc4}`;
}

/** Stable order so that the same offer always gives the same bytes. */
export function compareOfferRows(a: OfferRow, b: OfferRow): number {
  return (
    a.vestiging.localeCompare(b.vestiging) ||
    a.crebo.localeCompare(b.crebo) ||
    (a.leerweg ?? '').localeCompare(b.leerweg ?? '') ||
    a.niveau - b.niveau
  );
}

/** JSON text of an offer file; rows are sorted, one row per line so diffs stay readable. */
export function serializeOfferFile(file: OfferFile): string {
  const rows = [...file.rows].sort(compareOfferRows);
  const tuples = rows.map((row) =>
    JSON.stringify([row.crebo, row.vestiging, row.leerweg, row.niveau] satisfies RowTuple),
  );
  const head = {
    format: file.format,
    formatVersion: file.formatVersion,
    kind: file.kind,
    provenance: file.provenance,
    pseudoLocations: [...file.pseudoLocations].sort((a, b) => a.id.localeCompare(b.id)),
    rejected: file.rejected,
    ...(file.catalogue ? { catalogue: file.catalogue } : {}),
  };
  const headText = JSON.stringify(head, null, 1).replace(/\n}$/, '');
  return `${headText},\n "rows": [\n${tuples.join(',\n')}\n ]\n}\n`;
}

/** Reads an offer file (text or parsed JSON) and checks it; errors name the file and the place. */
export function parseOfferFile(input: unknown, fileName = 'offer file'): OfferFile {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      throw new Error(`${fileName}: is not valid JSON (${(error as Error).message})`, { cause: error });
    }
  }
  const result = fileSchema.safeParse(data);
  if (!result.success) {
    throw new Error(`${fileName}: not a Regiekaart offer file: ${describeIssues(result.error, placeOf)}`);
  }
  const parsed = result.data;
  const known = new Set(parsed.pseudoLocations.map((p) => p.id));
  parsed.rows.forEach(([, vestiging], index) => {
    if (vestiging.startsWith('PC4-') && !known.has(vestiging)) {
      throw new Error(
        `${fileName}: rows, record ${index + 1}: pseudo-location ${vestiging} is not listed in pseudoLocations`,
      );
    }
  });
  return {
    ...parsed,
    pseudoLocations: parsed.pseudoLocations as PseudoLocation[],
    rows: parsed.rows.map(([crebo, vestiging, leerweg, niveau]) => ({ crebo, vestiging, leerweg, niveau })),
  };
}

/** "rows, record 3, 2": records counted from 1, as a spreadsheet user would. */
function placeOf(_path: string, parts: readonly PropertyKey[]): string {
  if (parts.length === 0) return 'top level';
  return parts.map((part) => (typeof part === 'number' ? `record ${part + 1}` : String(part))).join(', ');
}
