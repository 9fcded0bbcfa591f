import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { describeFirstIssue } from '../../../src/engine/validation/first-issue.ts';
import { csvField } from '../lib/csv.ts';
import { SourceError } from '../lib/source-error.ts';
import type { BuildContext } from '../step.ts';

/** Source files of the travel graph, relative to the sources directory. */
export const GRAPH_SOURCE_FILES = {
  railSections: 'geo/transport/rail_edges_weekday_day_undirected.csv',
  railStations: 'geo/transport/rail_stations.geojson',
  ferries: 'geo/transport/major_ferries.csv',
} as const;

/** fixed-links.json sits beside this file: it is project data, not a downloaded source. */
const FIXED_LINKS_URL = new URL('./fixed-links.json', import.meta.url);
const FIXED_LINKS_FILE = 'scripts/data/graph/fixed-links.json';

const railSectionRow = z.object({
  station_a: csvField.nonEmpty,
  station_b: csvField.nonEmpty,
  minutes_min: csvField.number.refine((v) => v >= 0 && v < 600, 'is not a running time in minutes'),
  km_straight: csvField.number.refine((v) => v >= 0 && v < 1000, 'is not a distance in km'),
  series: csvField.text,
  trains_per_hour_one_direction_est: csvField.number.refine((v) => v >= 0, 'is negative'),
});

const ferryRow = z.object({
  route: csvField.nonEmpty,
  from_lat: csvField.lat,
  from_lon: csvField.lon,
  to_lat: csvField.lat,
  to_lon: csvField.lon,
  crossing_min: csvField.number.refine((v) => v > 0, 'must be positive'),
});

const stationsSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
      properties: z.object({ id: z.string().min(1), name: z.string(), country: z.string() }),
    }),
  ),
});

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export const fixedLinksSchema = z.object({
  about: z.string(),
  links: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(1),
      from: lonLat,
      to: lonLat,
      modes: z.array(z.enum(['cycle', 'bus'])),
      note: z.string(),
    }),
  ),
});
export type FixedLinkRecord = z.infer<typeof fixedLinksSchema>['links'][number];

export interface RailStationRecord {
  id: string;
  name: string;
  country: string;
  lon: number;
  lat: number;
}

export async function readRailStations(ctx: BuildContext): Promise<RailStationRecord[]> {
  const file = GRAPH_SOURCE_FILES.railStations;
  const parsed = stationsSchema.safeParse(await ctx.readSourceJson(file));
  if (!parsed.success) {
    throw new SourceError(
      file,
      `does not match the expected GeoJSON: ${describeFirstIssue(parsed.error, (path) => path)}`,
    );
  }
  return parsed.data.features.map((f) => ({
    id: f.properties.id,
    name: f.properties.name,
    country: f.properties.country,
    lon: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
  }));
}

export async function readRailSections(ctx: BuildContext) {
  const rows = await ctx.readSourceCsv(GRAPH_SOURCE_FILES.railSections, railSectionRow);
  return rows.map((r) => ({
    a: r.station_a,
    b: r.station_b,
    minutes: r.minutes_min,
    km: r.km_straight,
    trainsPerHour: r.trains_per_hour_one_direction_est,
    series: r.series
      .split('|')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  }));
}

export async function readFerries(ctx: BuildContext) {
  return ctx.readSourceCsv(GRAPH_SOURCE_FILES.ferries, ferryRow, { lastColumnIsFreeText: true });
}

export async function readFixedLinks(): Promise<FixedLinkRecord[]> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(FIXED_LINKS_URL, 'utf8'));
  } catch (error) {
    throw new SourceError(FIXED_LINKS_FILE, `cannot be read as JSON (${(error as Error).message})`, null, {
      cause: error,
    });
  }
  const parsed = fixedLinksSchema.safeParse(data);
  if (!parsed.success) {
    throw new SourceError(
      FIXED_LINKS_FILE,
      describeFirstIssue(parsed.error, (path) => path),
    );
  }
  const seen = new Set<string>();
  for (const link of parsed.data.links) {
    if (seen.has(link.id)) throw new SourceError(FIXED_LINKS_FILE, `link id "${link.id}" occurs more than once`);
    seen.add(link.id);
  }
  return parsed.data.links;
}
