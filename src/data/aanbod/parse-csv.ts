import Papa from 'papaparse';
import type { Leerweg, OfferRow } from '../../engine/offer/types.ts';
import { decodeText, looksBinary } from '../csv/decode.ts';
import { detectDelimiter, firstLine, lineCounter } from '../csv/delimiter.ts';
import { rowReason } from '../csv/row-reason.ts';
import type { Location, Qualification } from '../geodata/index.ts';
import { type FileQualification, mergeQualifications, type ProgrammeDetail, safeWebsite } from './catalogue.ts';
import { normaliseHeader, REQUIRED_COLUMNS, type ReadColumn } from './columns.ts';
import { AanbodFileError } from './errors.ts';
import { createLocationMatcher } from './matcher.ts';
import {
  OFFER_FILE_FORMAT,
  OFFER_FILE_VERSION,
  type OfferFile,
  type PseudoLocation,
  pseudoLocationId,
  type RejectedRow,
} from './offer-file.ts';
import type { Pc4Point } from './pc4.ts';
import { type RejectReason, rejectReasonText } from './reject-reason.ts';
import { parseCrebo, parseLeerweg, parseNiveau } from './values.ts';

export interface AanbodContext {
  locations: readonly Location[];
  qualifications: readonly Qualification[];
  /** PC4 reference points (pc4.json), for rows whose address matches no known location. */
  pc4: readonly Pc4Point[];
  /** Shown in messages and kept as provenance. */
  fileName?: string;
  /** YYYY-MM-DD of the file (its modification date), when known. */
  fileDate?: string | null;
  /** Called now and then with the share of the text read (0–1), for a progress bar. */
  onProgress?: (fraction: number) => void;
}

/** How many rows pass between two progress reports: often enough for a smooth bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 2000;

/** What the CLI prints as its last line, and what the import panel shows. */
export interface ImportReport {
  rows: number;
  imported: number;
  duplicates: number;
  locations_matched: number;
  locations_pc4: number;
  rejected: RejectedRow[];
}

export interface AanbodParseResult {
  file: OfferFile;
  report: ImportReport;
}

/** The file's bytes, decoded as UTF-8 (with or without BOM) or else Windows-1252, then parsed. */
export function parseAanbodBytes(bytes: Uint8Array, ctx: AanbodContext): AanbodParseResult {
  return parseAanbodCsv(decodeText(bytes).text, ctx);
}

/**
 * Reads DUO's mbo_opleidingsaanbod.csv (or any file in its column layout) into an offer file.
 * Shared by the browser import and `npm run import-aanbod`, so both give the same result.
 * Throws AanbodFileError only when the file as a whole is unusable; bad rows are rejected
 * with their line number and the reason.
 */
export function parseAanbodCsv(text: string, ctx: AanbodContext): AanbodParseResult {
  const fileName = ctx.fileName ?? 'aanbod.csv';
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (looksBinary(body)) {
    throw new AanbodFileError(fileName, 'is not a CSV text file (it contains binary data)', [...REQUIRED_COLUMNS]);
  }
  const headerLine = firstLine(body);
  const delimiter = detectDelimiter(headerLine);
  const header = Papa.parse<string[]>(headerLine, { delimiter }).data[0] ?? [];
  const columns = new Map<string, number>();
  header.forEach((cell, index) => {
    const name = normaliseHeader(cell);
    if (!columns.has(name)) columns.set(name, index);
  });
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.has(name));
  if (missing.length > 0) {
    const reason =
      header.length <= 1
        ? "is not a CSV with ';', ',' or tab separated columns"
        : `is not a DUO opleidingsaanbod file (found columns: ${header
            .slice(0, 8)
            .map((c) => c.trim())
            .join(', ')}${header.length > 8 ? ', …' : ''})`;
    throw new AanbodFileError(fileName, reason, missing);
  }

  const qualifications = new Map(ctx.qualifications.map((q) => [q.crebo, q]));
  const matchLocation = createLocationMatcher(ctx.locations, ctx.pc4);
  const get = (record: string[], column: ReadColumn): string => {
    const index = columns.get(column);
    return index === undefined ? '' : (record[index] ?? '');
  };

  const lines = lineCounter(body);
  const rejected: RejectedRow[] = [];
  const seenRecords = new Set<string>();
  const offer = new Map<string, OfferRow>();
  const pseudo = new Map<string, PseudoLocation>();
  const counts = { rows: 0, imported: 0, duplicates: 0, address: 0, postcode: 0, pc4: 0 };
  const fileQualifications = new Map<string, FileQualification>();
  const details = new Map<string, ProgrammeDetail>();
  let rowStart = 0;
  let isHeader = true;

  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const line = lines(rowStart);
      rowStart = result.meta.cursor;
      if (ctx.onProgress && counts.rows % PROGRESS_EVERY === 0) ctx.onProgress(rowStart / body.length);
      const record = result.data;
      if (isHeader) {
        isHeader = false;
        return;
      }
      if (record.every((cell) => cell.trim() === '')) return; // blank line: not a row
      counts.rows += 1;
      const reject = (why: RejectReason) => rejected.push({ line, reason: rejectReasonText(why), why });

      const unusable = rowReason(result.errors, record.length, header.length);
      if (unusable) return reject(unusable);
      const crebo = parseCrebo(get(record, 'ERKENDEOPLEIDINGSCODE'));
      if ('error' in crebo) return reject({ code: 'crebo', crebo: crebo.error });
      const leerweg = parseLeerweg(get(record, 'LEERTRAJECT'));
      if (leerweg === undefined) return reject({ code: 'leerweg', value: get(record, 'LEERTRAJECT').trim() });
      const niveau = parseNiveau(get(record, 'MBONIVEAU')) ?? qualifications.get(crebo.crebo)?.niveau ?? null;
      if (niveau === null) {
        const value = get(record, 'MBONIVEAU').trim();
        return reject({ code: 'niveau', value, crebo: crebo.crebo, listed: qualifications.has(crebo.crebo) });
      }
      const match = matchLocation({
        postcode: get(record, 'POSTCODE'),
        huisnummer: get(record, 'HUISNUMMER'),
        instelling: get(record, 'NAAM'),
      });
      if (match.kind === 'rejected') return reject({ code: 'postcode', postcode: match.problem });

      const recordKey = record.join('\u0000');
      if (seenRecords.has(recordKey)) {
        counts.duplicates += 1;
        return;
      }
      seenRecords.add(recordKey);
      counts.imported += 1;

      let vestiging: string;
      if (match.kind === 'pc4') {
        vestiging = pseudoLocationId(match.point.pc4);
        if (!pseudo.has(vestiging)) pseudo.set(vestiging, { id: vestiging, ...match.point, approximate: true });
        counts.pc4 += 1;
      } else {
        vestiging = match.vestiging;
        counts[match.kind] += 1;
      }
      const key = `${crebo.crebo}|${vestiging}|${leerweg ?? ''}`;
      if (!offer.has(key)) offer.set(key, { crebo: crebo.crebo, vestiging, leerweg, niveau });
      noteQualification(fileQualifications, crebo.crebo, record, get, leerweg);
      noteDetail(details, crebo.crebo, vestiging, get(record, 'EIGENNAAM'), get(record, 'WEBSITE'));
    },
  });
  ctx.onProgress?.(1);
  const catalogueQualifications = [...fileQualifications.values()].filter(
    (q) => q.naam || q.domein || q.dossier || q.niveau,
  );
  const { conflicts } = mergeQualifications(ctx.qualifications, catalogueQualifications);

  const report: ImportReport = {
    rows: counts.rows,
    imported: counts.imported,
    duplicates: counts.duplicates,
    locations_matched: counts.address + counts.postcode,
    locations_pc4: counts.pc4,
    rejected,
  };
  const file: OfferFile = {
    format: OFFER_FILE_FORMAT,
    formatVersion: OFFER_FILE_VERSION,
    kind: 'imported',
    provenance: {
      source: fileName,
      date: ctx.fileDate ?? null,
      sources: ['duo-mbo-opleidingsaanbod'],
      seed: null,
      note: 'DUO mbo_opleidingsaanbod (CC0), imported by the user',
      counts: {
        rows: counts.rows,
        imported: counts.imported,
        duplicates: counts.duplicates,
        rejected: rejected.length,
        locationsAddress: counts.address,
        locationsPostcode: counts.postcode,
        locationsPc4: counts.pc4,
        offerRows: offer.size,
      },
    },
    pseudoLocations: [...pseudo.values()],
    rejected,
    catalogue: { qualifications: catalogueQualifications, conflicts, details: [...details.values()] },
    rows: [...offer.values()],
  };
  return { file, report };
}

type Getter = (record: string[], column: ReadColumn) => string;

/** The first non-empty name, domain, dossier and niveau the file gives a crebo, and every leerweg it is offered in. */
function noteQualification(
  into: Map<string, FileQualification>,
  crebo: string,
  record: string[],
  get: Getter,
  leerweg: Leerweg | null,
): void {
  let q = into.get(crebo);
  if (!q) {
    q = { crebo, naam: null, domein: null, dossier: null, niveau: null, leerwegen: [] };
    into.set(crebo, q);
  }
  q.naam ??= nonEmpty(get(record, 'OPLEIDINGSEENHEID_NAAM'));
  q.domein ??= nonEmpty(get(record, 'DOMEIN'));
  q.dossier ??= nonEmpty(get(record, 'KWALIFICATIEDOSSIER'));
  q.niveau ??= parseNiveau(get(record, 'MBONIVEAU'));
  if (leerweg && !q.leerwegen.includes(leerweg)) q.leerwegen = [...q.leerwegen, leerweg].sort();
}

/** EIGENNAAM and WEBSITE per programme-location; kept only when the file gives either. */
function noteDetail(
  into: Map<string, ProgrammeDetail>,
  crebo: string,
  vestiging: string,
  eigennaam: string,
  website: string,
): void {
  const key = `${crebo}|${vestiging}`;
  const detail = into.get(key) ?? { crebo, vestiging, eigennaam: null, website: null };
  detail.eigennaam ??= nonEmpty(eigennaam);
  detail.website ??= safeWebsite(website);
  if (detail.eigennaam !== null || detail.website !== null) into.set(key, detail);
}

function nonEmpty(value: string): string | null {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  return trimmed === '' ? null : trimmed;
}
