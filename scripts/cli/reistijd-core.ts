import Papa from 'papaparse';
import type { ModeName } from '../../src/engine/graph/modes.ts';
import { modeNames } from '../../src/engine/graph/modes.ts';
import { TRAVEL_PARAMETERS } from '../../src/engine/profiles/parameters.ts';
import type { TravelSearch } from '../../src/engine/travel/search.ts';
import { UNREACHABLE } from '../../src/engine/travel/search.ts';
import type { GridCells } from '../data/graph/cells.ts';
import { snapToLand } from '../data/graph/cells.ts';

/** Longest journey the CLI reports; anything longer counts as unreachable. */
export const CLI_CUTOFF_MINUTES = 600;

/** A rough box around the Netherlands (with the Wadden islands and Zeeuws-Vlaanderen). */
const NL_BOUNDS = { minLon: 3.2, maxLon: 7.3, minLat: 50.7, maxLat: 53.7 };

/** A bad input, with where it is ("--van", "trips.csv:4, field from_lon") and why. */
export class InputError extends Error {
  constructor(where: string, reason: string) {
    super(`${where}: ${reason}`);
    this.name = 'InputError';
  }
}

export interface PlacedPoint {
  lon: number;
  lat: number;
  cell: number;
  /** Distance to the centre of the land cell used, km (rounded to 0.01). */
  snappedKm: number;
  /** True when the point itself is not in a land cell and was moved to the nearest one. */
  snapped: boolean;
}

export function parseNumber(text: string | undefined, where: string, what: string): number {
  const trimmed = (text ?? '').trim();
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) throw new InputError(where, `${what} "${text ?? ''}" is not a number`);
  return Number(trimmed);
}

/** Maps a point to its land cell, or throws InputError saying it is outside NL or on water. */
export function placePoint(cells: GridCells, lon: number, lat: number, where: string): PlacedPoint {
  if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
    throw new InputError(
      where,
      `(${lon}, ${lat}) is not a longitude,latitude pair (did you swap them? the order is LON,LAT)`,
    );
  }
  if (lon < NL_BOUNDS.minLon || lon > NL_BOUNDS.maxLon || lat < NL_BOUNDS.minLat || lat > NL_BOUNDS.maxLat) {
    throw new InputError(where, `(${lon}, ${lat}) lies outside the Netherlands (the order is LON,LAT)`);
  }
  const snap = snapToLand(cells, lon, lat, TRAVEL_PARAMETERS.maxSnapKm);
  if (!snap) {
    throw new InputError(
      where,
      `(${lon}, ${lat}) lies on water or outside the land grid: no land cell within ${TRAVEL_PARAMETERS.maxSnapKm} km`,
    );
  }
  return { lon, lat, cell: snap.cell, snappedKm: Math.round(snap.km * 100) / 100, snapped: !snap.onLand };
}

export interface Journey {
  minutes: number | null;
  modes: ModeName[];
}

/** Minutes and modes from one cell to another (null minutes: unreachable within the CLI cutoff). */
export function journey(search: TravelSearch, from: number, to: number): Journey {
  const field = search.computeField([to], CLI_CUTOFF_MINUTES);
  const minutes = field.minutes[from];
  return minutes === UNREACHABLE ? { minutes: null, modes: [] } : { minutes, modes: modeNames(field.modes[from]) };
}

const PAIR_COLUMNS = ['from_lon', 'from_lat', 'to_lon', 'to_lat'] as const;

export interface PairsResult {
  csv: string;
  /** One line per snapped point: "trips.csv:4: from point snapped 0.8 km to the nearest land cell". */
  notes: string[];
}

/**
 * The --pairs mode: the same CSV with a `minutes` column appended (empty when unreachable).
 * One search per distinct destination cell, so many origins per destination are cheap.
 * All rows are checked before any output, so a bad row never yields half a file.
 */
export function travelPairs(csvText: string, file: string, cells: GridCells, search: TravelSearch): PairsResult {
  const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  const header = parsed.meta.fields ?? [];
  const missing = PAIR_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new InputError(
      `${file}:1`,
      `missing column(s) ${missing.join(', ')} (header has: ${header.join(', ') || 'nothing'})`,
    );
  }
  if (header.includes('minutes')) throw new InputError(`${file}:1`, 'already has a "minutes" column; rename it first');
  const firstError = parsed.errors[0];
  if (firstError)
    throw new InputError(`${file}:${(firstError.row ?? 0) + 2}`, `malformed CSV row: ${firstError.message}`);

  const notes: string[] = [];
  const rows = parsed.data.map((row, r) => {
    // Rows are numbered from the header line (1); multi-line quoted fields are not expected here.
    const line = r + 2;
    const place = (lonCol: string, latCol: string, label: string) => {
      const where = `${file}:${line}, field ${lonCol}/${latCol}`;
      const point = placePoint(
        cells,
        parseNumber(row[lonCol], `${file}:${line}, field ${lonCol}`, lonCol),
        parseNumber(row[latCol], `${file}:${line}, field ${latCol}`, latCol),
        where,
      );
      if (point.snapped)
        notes.push(
          `${file}:${line}: ${label} point (${point.lon}, ${point.lat}) is not on land; snapped ${point.snappedKm} km to the nearest land cell`,
        );
      return point;
    };
    return { row, from: place('from_lon', 'from_lat', 'from'), to: place('to_lon', 'to_lat', 'to') };
  });

  const minutesByRow = new Array<string>(rows.length).fill('');
  const byDestination = new Map<number, number[]>();
  rows.forEach((r, i) => {
    const list = byDestination.get(r.to.cell);
    if (list) list.push(i);
    else byDestination.set(r.to.cell, [i]);
  });
  for (const [to, indices] of byDestination) {
    const field = search.computeField([to], CLI_CUTOFF_MINUTES);
    for (const i of indices) {
      const m = field.minutes[rows[i].from.cell];
      minutesByRow[i] = m === UNREACHABLE ? '' : String(m);
    }
  }
  const data = rows.map((r, i) => [...header.map((h) => r.row[h] ?? ''), minutesByRow[i]]);
  return { csv: `${Papa.unparse({ fields: [...header, 'minutes'], data }, { newline: '\n' })}\n`, notes };
}
