import { type JoinKey, type JoinReason, joinReasonText } from './join-reason.ts';
import type { KeyRole } from './keys.ts';
import { detectDecimalStyle, parseNumber } from './number.ts';

/** One figure of the user's file, with the keys it is given for. */
export interface IndicatorRecord {
  line: number;
  keys: Partial<Record<KeyRole, string>>;
  value: number;
}

/** A location the offer has, with what a record can name it by. */
export interface JoinPlace {
  vestiging: string;
  brin: string | null;
  /** CBS code, "GM0599". */
  gemeente: string | null;
  /** Codes of the regions the place lies in (arbeidsmarktregio "AM12", RMC "MC25", provincie name). */
  regions: readonly string[];
}

export interface JoinContext {
  places: ReadonlyMap<string, JoinPlace>;
  /** Vestigingen offering each crebo in the active offer. */
  vestigingenOf(crebo: string): readonly string[];
}

export interface JoinedRecord {
  line: number;
  crebo: string;
  /** The programme-locations the figure applies to (one for crebo + vestiging; more for an institution or region). */
  vestigingen: string[];
  value: number;
}

/** A line that gives no figure: the reason in English (joinReasonText) and as data. */
export interface JoinProblem {
  line: number;
  reason: string;
  why: JoinReason;
}

function problem(line: number, why: JoinReason): JoinProblem {
  return { line, reason: joinReasonText(why), why };
}

export interface JoinResult {
  matched: JoinedRecord[];
  unmatched: JoinProblem[];
  /** Records with the same keys as an earlier one; the first is used. */
  duplicates: { line: number; firstLine: number }[];
}

/**
 * The rows of one figure column as records: a missing value is skipped, a value that is not a
 * number is an error for that line (the other rows and columns are kept). Decimal commas are
 * read in the column's own style.
 */
export function recordsFromRows(
  rows: readonly (readonly string[])[],
  lines: readonly number[],
  keyColumns: Partial<Record<KeyRole, number>>,
  valueColumn: number,
): { records: IndicatorRecord[]; errors: JoinProblem[] } {
  const style = detectDecimalStyle(rows.map((r) => r[valueColumn] ?? ''));
  const records: IndicatorRecord[] = [];
  const errors: JoinProblem[] = [];
  const keyList = Object.entries(keyColumns) as [KeyRole, number][];
  for (const [i, row] of rows.entries()) {
    const parsed = parseNumber(row[valueColumn] ?? '', style);
    if ('notANumber' in parsed) {
      errors.push(problem(lines[i], { code: 'not-a-number', value: parsed.notANumber }));
      continue;
    }
    if (parsed.value === null) continue;
    const keys: Partial<Record<KeyRole, string>> = {};
    for (const [role, column] of keyList) keys[role] = (row[column] ?? '').trim();
    records.push({ line: lines[i], keys, value: parsed.value });
  }
  return { records, errors };
}

/**
 * Joins records to the active offer's programme-locations. A record names a crebo and
 * optionally a vestiging, an institution (BRIN), a gemeente or a region; it applies to every
 * location of the offer that offers the crebo and fits the other keys. Every record that fits
 * none is listed with the reason, so the user can fix the file or the mapping.
 */
export function joinRecords(records: readonly IndicatorRecord[], ctx: JoinContext): JoinResult {
  const result: JoinResult = { matched: [], unmatched: [], duplicates: [] };
  const seen = new Map<string, number>();
  const places = [...ctx.places.values()];
  const known = {
    vestiging: new Set(places.map((p) => p.vestiging)),
    brin: new Set(places.map((p) => p.brin)),
    gemeente: new Set(places.map((p) => p.gemeente)),
    region: new Set(places.flatMap((p) => p.regions.map((r) => r.toUpperCase()))),
  };
  const offeredSets = new Map<string, Set<string>>();
  const offeredSet = (crebo: string) => {
    let set = offeredSets.get(crebo);
    if (!set) {
      set = new Set(ctx.vestigingenOf(crebo));
      offeredSets.set(crebo, set);
    }
    return set;
  };
  for (const record of records) {
    const reject = (why: JoinReason) => result.unmatched.push(problem(record.line, why));
    const crebo = /^0*(\d{5})$/.exec(record.keys.crebo ?? '')?.[1];
    if (!crebo) {
      reject(record.keys.crebo ? { code: 'crebo-malformed', value: record.keys.crebo } : { code: 'crebo-empty' });
      continue;
    }
    const vestiging = record.keys.vestiging?.toUpperCase();
    const brin = record.keys.brin?.toUpperCase();
    const gemeente = record.keys.gemeente === undefined ? undefined : gemeenteCode(record.keys.gemeente);
    const regio = record.keys.regio?.trim();
    const key = [crebo, vestiging, brin, gemeente, regio?.toUpperCase()].join('|');
    const first = seen.get(key);
    if (first !== undefined) {
      result.duplicates.push({ line: record.line, firstLine: first });
      continue;
    }
    seen.set(key, record.line);

    const offered = ctx.vestigingenOf(crebo);
    if (offered.length === 0) {
      reject({ code: 'crebo-not-in-offer', crebo });
      continue;
    }
    let reason: JoinReason | null = null;
    let candidates: readonly string[] = offered;
    if (vestiging !== undefined) {
      // The usual key (crebo + vestiging) is a set lookup, not a scan of the crebo's locations.
      if (vestiging === '') reason = { code: 'key-empty', key: 'vestiging' };
      else if (!known.vestiging.has(vestiging)) reason = { code: 'key-unknown', key: 'vestiging', value: vestiging };
      else if (!offeredSet(crebo).has(vestiging))
        reason = { code: 'not-offered-at', crebo, key: 'vestiging', value: vestiging };
      else candidates = [vestiging];
    }
    if (!reason && gemeente === null) reason = { code: 'gemeente-malformed', value: record.keys.gemeente ?? '' };
    const filters: [string | undefined, (p: JoinPlace, v: string) => boolean, JoinKey, ReadonlySet<string | null>][] = [
      [brin, (p, v) => p.brin === v, 'brin', known.brin],
      [gemeente ?? undefined, (p, v) => p.gemeente === v, 'gemeente', known.gemeente],
      [regio?.toUpperCase(), (p, v) => p.regions.some((r) => r.toUpperCase() === v), 'region', known.region],
    ];
    for (const [wanted, fits, key, knownValues] of filters) {
      if (reason || wanted === undefined) continue;
      if (wanted === '') reason = { code: 'key-empty', key };
      else if (!knownValues.has(wanted)) reason = { code: 'key-unknown', key, value: wanted };
      else {
        candidates = candidates.filter((v) => {
          const place = ctx.places.get(v);
          return place !== undefined && fits(place, wanted);
        });
        if (candidates.length === 0) reason = { code: 'not-offered-at', crebo, key, value: wanted };
      }
    }
    if (reason) reject(reason);
    else result.matched.push({ line: record.line, crebo, vestigingen: [...candidates].sort(), value: record.value });
  }
  return result;
}

/** "GM0599", "gm599", "0599" and "599" all name Rotterdam; null when the text is no code at all. */
export function gemeenteCode(raw: string): string | null {
  const match = /^(?:GM)?0*(\d{1,4})$/i.exec(raw.trim());
  return match ? `GM${match[1].padStart(4, '0')}` : null;
}
