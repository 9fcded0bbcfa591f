import { coverageByRegion } from '../metrics/coverage.ts';
import { type RegionContext, type RegionLayer, sumAll } from '../metrics/regions.ts';

/** One region of a layer with 15–24 year olds out of reach. */
export interface WhiteSpotRegion {
  /** index in the layer's codes and names */
  region: number;
  code: string;
  name: string;
  /** 15–24 year olds without access within the limit */
  unreached: number;
  /** all 15–24 year olds of the region */
  population: number;
  /** unreached / population */
  share: number;
}

export interface WhiteSpots {
  /** per cell: 1 where the selection is not reachable within the limit (the map layer) */
  cells: Uint8Array;
  /** 15–24 year olds without access, nationally (cells outside every gemeente included) */
  unreached: number;
  /** regions with anyone out of reach, most people out of reach first */
  regions: WhiteSpotRegion[];
}

/**
 * Witte vlekken: where a selection (a niveau's domain or crebo) is out of reach, from its
 * travel field and the reached counts per gemeente bucket that the coverage metric already
 * computed — so the white spots and the coverage figure are complements, never two sums.
 */
export function whiteSpots(
  coverage: { field: Uint16Array; limit: number; reached: Float64Array },
  context: RegionContext,
  layer: RegionLayer,
): WhiteSpots {
  const { field, limit, reached } = coverage;
  const cells = new Uint8Array(field.length);
  for (let c = 0; c < field.length; c++) cells[c] = field[c] > limit ? 1 : 0;
  const byRegion = coverageByRegion(reached, context, layer);
  const regions: WhiteSpotRegion[] = [];
  byRegion.population.forEach((population, r) => {
    const unreached = population - byRegion.reached[r];
    if (unreached > 0) {
      regions.push({
        region: r,
        code: layer.codes[r],
        name: layer.names[r],
        unreached,
        population,
        share: unreached / population,
      });
    }
  });
  regions.sort((a, b) => b.unreached - a.unreached || a.code.localeCompare(b.code));
  return { cells, unreached: sumAll(context.popByBucket) - sumAll(reached), regions };
}
