import { z } from 'zod';
import type { Pc4Point } from '../../../src/data/aanbod/pc4.ts';
import { csvField } from '../lib/csv.ts';
import { round } from '../lib/json.ts';

export const PC4_SOURCE_FILE = 'geo/population/pc4_2021_centroids_population_age.csv';

// CBS leaves the coordinates of some areas empty; the centroid is the fallback.
const optionalNumber = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : v))
  .pipe(
    z
      .string()
      .regex(/^-?\d+(\.\d+)?$/, 'is not a number')
      .transform(Number)
      .nullable(),
  );

export const pc4SourceRow = z.object({
  pc4: z.string().regex(/^[1-9]\d{3}$/, 'is not a PC4 code'),
  lon: optionalNumber,
  lat: optionalNumber,
  centroid_lon: optionalNumber,
  centroid_lat: optionalNumber,
  plaats: csvField.text,
  gemeente: csvField.text,
});

export type Pc4SourceRow = z.infer<typeof pc4SourceRow>;

/**
 * The PC4 reference points for the import's approximate placement: the source's point inside
 * the area (a centroid can fall outside a concave area), else its centroid. Areas with neither
 * are left out and counted. Sorted by PC4, 6 decimals.
 */
export function pc4Points(rows: readonly Pc4SourceRow[]): { points: Pc4Point[]; withoutCoordinates: string[] } {
  const points: Pc4Point[] = [];
  const withoutCoordinates: string[] = [];
  for (const row of rows) {
    const lon = row.lon ?? row.centroid_lon;
    const lat = row.lat ?? row.centroid_lat;
    if (lon === null || lat === null) {
      withoutCoordinates.push(row.pc4);
      continue;
    }
    points.push({ pc4: row.pc4, lon: round(lon, 6), lat: round(lat, 6), plaats: row.plaats, gemeente: row.gemeente });
  }
  points.sort((a, b) => a.pc4.localeCompare(b.pc4));
  return { points, withoutCoordinates };
}
