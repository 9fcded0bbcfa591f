import { z } from 'zod';
import { GEODATA_FILES, type Place } from '../../../src/data/geodata/index.ts';
import { csvField } from '../lib/csv.ts';
import { jsonLines, round } from '../lib/json.ts';
import type { BuildStep } from '../step.ts';

export const PC4_CENTROIDS_FILE = 'geo/population/pc4_2021_centroids_population_age.csv';
/** How many places to keep, largest first: enough for labels at every zoom level of NL. */
export const PLACE_COUNT = 250;

// CBS leaves cells empty for areas with (almost) no residents; those rows add nothing.
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

const pc4Row = z.object({
  pc4: z.string().regex(/^\d{4}$/, 'is not a PC4 code'),
  lon: optionalNumber,
  lat: optionalNumber,
  plaats: csvField.text,
  inwoners: optionalNumber,
});

export interface PlaceInput {
  plaats: string;
  lon: number;
  lat: number;
  inwoners: number;
}

/**
 * Places from postcode areas: population summed per `plaats`, positioned at the
 * population-weighted mean of the areas' interior points (so a label sits where people live,
 * not in the middle of a large rural postcode). Sorted by population, then name.
 */
export function aggregatePlaces(rows: readonly PlaceInput[], count: number): Place[] {
  const sums = new Map<string, { pop: number; lon: number; lat: number }>();
  for (const r of rows) {
    if (r.inwoners <= 0) continue;
    const s = sums.get(r.plaats) ?? { pop: 0, lon: 0, lat: 0 };
    s.pop += r.inwoners;
    s.lon += r.lon * r.inwoners;
    s.lat += r.lat * r.inwoners;
    sums.set(r.plaats, s);
  }
  return [...sums.entries()]
    .map(([name, s]) => ({ name, lon: round(s.lon / s.pop, 5), lat: round(s.lat / s.pop, 5), population: s.pop }))
    .sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, count);
}

export const placesStep: BuildStep = {
  id: 'places',
  async run(ctx) {
    const rows = await ctx.readSourceCsv(PC4_CENTROIDS_FILE, pc4Row);
    const usable = rows.filter(
      (r): r is typeof r & { lon: number; lat: number; inwoners: number } =>
        r.plaats.trim() !== '' && r.lon !== null && r.lat !== null && r.inwoners !== null,
    );
    const places = aggregatePlaces(
      usable.map((r) => ({ plaats: r.plaats.trim(), lon: r.lon, lat: r.lat, inwoners: r.inwoners })),
      PLACE_COUNT,
    );
    const skipped = rows.filter((r) => !usable.includes(r as (typeof usable)[number]));
    ctx.report('places', {
      places: places.length,
      pc4Rows: rows.length,
      pc4RowsWithoutPlaceOrPopulation: skipped.map((r) => r.pc4),
      populationOfSkippedRows: skipped.reduce((sum, r) => sum + (r.inwoners ?? 0), 0),
      smallestIncluded: places.at(-1) ?? null,
    });
    return [{ path: GEODATA_FILES.places, data: jsonLines(places), rows: places.length, sources: ['cbs-pc4'] }];
  },
};
