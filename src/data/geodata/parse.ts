import { z } from 'zod';
import { describeIssues } from '../../engine/validation/first-issue.ts';
import { GeodataError } from './errors.ts';
import {
  gemeenteSchema,
  institutionSchema,
  locationSchema,
  manifestSchema,
  placeSchema,
  qualificationSchema,
} from './schemas.ts';
import type { Gemeente, Institution, Location, Manifest, Place, Qualification } from './types.ts';

/** Accepts either raw JSON text or an already parsed value (what fetch().json() returns). */
export function readJson(input: unknown, file: string): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input);
  } catch (error) {
    throw new GeodataError(file, `is not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

/**
 * Where an issue is in `data`: "record 12 (00AA00), field lon", naming the record by its key when
 * it has one, so the message is findable in the file; "top level" for the file itself.
 */
function placeIn(data: unknown) {
  return (_path: string, [first, ...rest]: readonly PropertyKey[]): string => {
    if (first === undefined) return 'top level';
    let text = typeof first === 'number' ? `record ${first + 1}` : String(first);
    if (typeof first === 'number' && Array.isArray(data)) {
      const row = data[first] as Record<string, unknown> | undefined;
      const key = row && (row.brinvest ?? row.brin ?? row.crebo ?? row.code ?? row.name);
      if (typeof key === 'string') text += ` (${key})`;
    }
    return rest.length === 0 ? text : `${text}, field ${rest.map(String).join('.')}`;
  };
}

function parseWith<T>(schema: z.ZodType<T>, input: unknown, file: string): T {
  const data = readJson(input, file);
  const result = schema.safeParse(data);
  if (!result.success)
    throw new GeodataError(file, `does not match its schema: ${describeIssues(result.error, placeIn(data))}`);
  return result.data;
}

function uniqueBy<T>(rows: T[], key: (row: T) => string, file: string, what: string): T[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const k = key(row);
    if (seen.has(k)) throw new GeodataError(file, `${what} ${k} occurs more than once`);
    seen.add(k);
  }
  return rows;
}

export function parseManifest(input: unknown, file = 'manifest.json'): Manifest {
  const manifest = parseWith(manifestSchema, input, file);
  uniqueBy(manifest.outputs, (o) => o.path, file, 'output');
  uniqueBy(manifest.sources, (s) => s.id, file, 'source');
  return manifest;
}

export function parseLocations(input: unknown, file = 'locations.json'): Location[] {
  const rows = parseWith(z.array(locationSchema), input, file);
  return uniqueBy(rows, (r) => r.brinvest, file, 'brinvest');
}

export function parseInstitutions(input: unknown, file = 'institutions.json'): Institution[] {
  const rows = parseWith(z.array(institutionSchema), input, file);
  return uniqueBy(rows, (r) => r.brin, file, 'brin');
}

export function parseQualifications(input: unknown, file = 'qualifications.json'): Qualification[] {
  const rows = parseWith(z.array(qualificationSchema), input, file);
  return uniqueBy(rows, (r) => r.crebo, file, 'crebo');
}

/** The array index of each gemeente is the `gemeente` index used in grid.bin. */
export function parseGemeenten(input: unknown, file = 'gemeenten.json'): Gemeente[] {
  const rows = parseWith(z.array(gemeenteSchema), input, file);
  return uniqueBy(rows, (r) => r.code, file, 'gemeente');
}

export function parsePlaces(input: unknown, file = 'places.json'): Place[] {
  return parseWith(z.array(placeSchema), input, file);
}
