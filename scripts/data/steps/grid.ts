import { pointOnFeature } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { cellToLatLng, greatCircleDistance, gridDisk } from 'h3-js';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { z } from 'zod';
import { encodeGrid, GEODATA_FILES, GRID_NO_GEMEENTE } from '../../../src/data/geodata/index.ts';
import { AGE_BANDS_OF_JAAR, DEFAULT_JAAR, JAREN, type Jaar } from '../../../src/engine/population/years.ts';
import { describeFirstIssue } from '../../../src/engine/validation/first-issue.ts';
import { loadGemeenten } from '../lib/gemeenten-source.ts';
import { parsePolygonCollection, polygonalSchema } from '../lib/geojson.ts';
import { cellsWithCentreIn, DenseCells, splitIndices, spreadByArea, type WeightedArea } from '../lib/h3-grid.ts';
import { SourceError } from '../lib/source-error.ts';
import type { BuildContext, BuildStep } from '../step.ts';
import { loadPc4AgeBands, valuesPerYear } from './population-years.ts';

export const GRID_RESOLUTION = 8;
/** Finer cells used to measure overlap area (7 per grid cell at res 9). */
const SAMPLE_RESOLUTION = 9;
export const LAND_MASK_FILE = 'geo/land/nl_land_from_cbs_pc4_2020.geojson';
export const PC4_POLYGONS_FILE = 'geo/population/pc4_2020_polygons_population_simplified.topojson';
/** The build fails when the grid's population of any year differs more than this from its PC4 total. */
export const POPULATION_TOLERANCE = 0.01;
/** Land cells outside every gemeente polygon take the gemeente of the nearest cell this close. */
const GEMEENTE_FALLBACK_RINGS = 3;

// CBS publishes no figure (null) for areas with (almost) no residents; they count as 0.
const pc4Props = z.object({ pc4: z.string().regex(/^\d{4}$/), inw_15_24: z.number().min(0).nullable() });

export async function loadLandMask(ctx: BuildContext): Promise<Polygon | MultiPolygon> {
  const [land] = parsePolygonCollection(
    await ctx.readSourceJson(LAND_MASK_FILE),
    LAND_MASK_FILE,
    z.object({}).passthrough(),
  );
  if (!land) throw new SourceError(LAND_MASK_FILE, 'has no features');
  return land.geometry;
}

export interface Pc4Areas {
  /** `values`: the 15–24 year olds of each population year, in JAREN order. */
  areas: (WeightedArea & { pc4: string })[];
  /** PC4 codes without a published 15–24 figure (CBS suppresses tiny counts); taken as 0. */
  unpublished: string[];
}

export async function loadPc4Areas(ctx: BuildContext): Promise<Pc4Areas> {
  const topology = (await ctx.readSourceJson(PC4_POLYGONS_FILE)) as Topology;
  const name = topology?.objects && Object.keys(topology.objects)[0];
  if (topology?.type !== 'Topology' || !name)
    throw new SourceError(PC4_POLYGONS_FILE, 'is not a TopoJSON topology with one object');
  const collection = feature(topology, topology.objects[name]) as FeatureCollection;
  const ageBands = await loadPc4AgeBands(ctx);
  const unpublished: string[] = [];
  const areas: Pc4Areas['areas'] = [];
  collection.features.forEach((f, i) => {
    const props = pc4Props.safeParse(f.properties);
    if (!props.success) {
      throw new SourceError(PC4_POLYGONS_FILE, `polygon ${i + 1}, ${describeFirstIssue(props.error, (path) => path)}`);
    }
    const value = props.data.inw_15_24 ?? 0;
    if (props.data.inw_15_24 === null) unpublished.push(props.data.pc4);
    const values = valuesPerYear(props.data.pc4, value, ageBands.get(props.data.pc4));
    // An empty geometry is acceptable only for an area without residents in any year.
    if (f.geometry === null && values.every((v) => v === 0)) return;
    const geometry = polygonalSchema.safeParse(f.geometry);
    if (!geometry.success) {
      throw new SourceError(
        PC4_POLYGONS_FILE,
        `polygon ${i + 1} (PC4 ${props.data.pc4}) has people aged 15–24 (${values.join(', ')} in ${JAREN.join(', ')}) but no valid polygon`,
      );
    }
    const point = pointOnFeature(f as GeoJSON.Feature<Polygon | MultiPolygon>).geometry.coordinates;
    areas.push({
      pc4: props.data.pc4,
      values,
      geometry: geometry.data as Polygon | MultiPolygon,
      fallback: [point[0], point[1]] as [number, number],
    });
  });
  return { areas, unpublished: unpublished.sort() };
}

/** Throws when the spread population (of one year) misses the source total by more than the tolerance. */
export function checkPopulationTotal(
  sourceTotal: number,
  gridTotal: number,
  tolerance = POPULATION_TOLERANCE,
  jaar: Jaar = DEFAULT_JAAR,
): number {
  const difference = sourceTotal === 0 ? 0 : (gridTotal - sourceTotal) / sourceTotal;
  if (!(Math.abs(difference) <= tolerance)) {
    throw new Error(
      `population check failed for ${jaar}: the grid holds ${gridTotal.toFixed(0)} people aged 15–24, the PC4 source ` +
        `${sourceTotal.toFixed(0)} (${(difference * 100).toFixed(2)} %, allowed ±${tolerance * 100} %)`,
    );
  }
  return difference;
}

/**
 * Gemeente index per cell: the gemeente whose polygon holds the cell centre (H3's own
 * centre-containment, the same rule as the land grid). Land cells whose centre lies outside
 * every gemeente (the two masks differ slightly along coasts) take the gemeente of the
 * nearest cell within a few rings; the rest stay GRID_NO_GEMEENTE and are reported.
 */
export function assignGemeenten(
  grid: DenseCells,
  geometries: readonly (Polygon | MultiPolygon)[],
): {
  gemeente: Uint16Array;
  byNearest: number;
  none: number;
} {
  const gemeente = new Uint16Array(grid.count).fill(GRID_NO_GEMEENTE);
  geometries.forEach((geometry, g) => {
    for (const cell of cellsWithCentreIn(geometry, GRID_RESOLUTION)) {
      const i = grid.index.get(cell);
      if (i !== undefined && gemeente[i] === GRID_NO_GEMEENTE) gemeente[i] = g;
    }
  });
  const direct = gemeente.slice();
  let byNearest = 0;
  let none = 0;
  grid.cells.forEach((cell, i) => {
    if (direct[i] !== GRID_NO_GEMEENTE) return;
    const [lat, lon] = cellToLatLng(cell);
    let best = GRID_NO_GEMEENTE;
    let bestKm = Infinity;
    for (const near of gridDisk(cell, GEMEENTE_FALLBACK_RINGS)) {
      const j = grid.index.get(near);
      if (j === undefined || direct[j] === GRID_NO_GEMEENTE) continue;
      const km = greatCircleDistance([lat, lon], cellToLatLng(near), 'km');
      if (km < bestKm || (km === bestKm && direct[j] < best)) {
        best = direct[j];
        bestKm = km;
      }
    }
    gemeente[i] = best;
    if (best === GRID_NO_GEMEENTE) none++;
    else byNearest++;
  });
  return { gemeente, byNearest, none };
}

export const gridStep: BuildStep = {
  id: 'grid',
  async run(ctx) {
    const land = await loadLandMask(ctx);
    const grid = new DenseCells(cellsWithCentreIn(land, GRID_RESOLUTION));
    const gemeenten = await loadGemeenten(ctx);
    const { areas, unpublished } = await loadPc4Areas(ctx);

    const { gemeente, byNearest, none } = assignGemeenten(
      grid,
      gemeenten.map((g) => g.feature.geometry),
    );
    const spread = spreadByArea(grid, GRID_RESOLUTION, areas, SAMPLE_RESOLUTION);

    const popByYear = Object.fromEntries(JAREN.map((jaar, y) => [jaar, Float32Array.from(spread.values[y])])) as Record<
      Jaar,
      Float32Array
    >;
    const years = JAREN.map((jaar, y) => {
      const sourceTotal = areas.reduce((sum, a) => sum + a.values[y], 0);
      const gridTotal = popByYear[jaar].reduce((sum, v) => sum + v, 0);
      const difference = checkPopulationTotal(sourceTotal, gridTotal, POPULATION_TOLERANCE, jaar);
      return { jaar, sourceTotal, gridTotal, difference };
    });
    const counted = years[JAREN.indexOf(DEFAULT_JAAR)];
    const pop = popByYear[DEFAULT_JAAR];

    const { hi, lo } = splitIndices(grid.cells);
    const lon = new Float32Array(grid.count);
    const lat = new Float32Array(grid.count);
    grid.cells.forEach((cell, i) => {
      const [cLat, cLon] = cellToLatLng(cell);
      lon[i] = cLon;
      lat[i] = cLat;
    });

    const summary = {
      resolution: GRID_RESOLUTION,
      landMask: LAND_MASK_FILE,
      cells: grid.count,
      pc4Areas: areas.length,
      pc4AreasWithoutPublishedFigure: unpublished,
      pc4Total15_24: Math.round(counted.sourceTotal),
      gridTotal15_24: Math.round(counted.gridTotal),
      differencePercent: Number((counted.difference * 100).toFixed(4)),
      tolerancePercent: POPULATION_TOLERANCE * 100,
      pc4AreasWithoutSamplePoint: spread.tooSmall,
      population15_24OfSuchAreasMovedToNearestLandCell: Math.round(spread.movedValue[JAREN.indexOf(DEFAULT_JAAR)]),
      population15_24Lost: Math.round(spread.lostValue[JAREN.indexOf(DEFAULT_JAAR)]),
      // 2026 and 2031: the children of the count, moved on in age (no migration, no forecast).
      populationYears: years.map(({ jaar, sourceTotal, gridTotal, difference }, y) => ({
        jaar,
        ageBands2021: AGE_BANDS_OF_JAAR[jaar],
        pc4Total15_24: Math.round(sourceTotal),
        gridTotal15_24: Math.round(gridTotal),
        differencePercent: Number((difference * 100).toFixed(4)),
        movedToNearestLandCell: Math.round(spread.movedValue[y]),
        lost: Math.round(spread.lostValue[y]),
      })),
      cellsGemeenteByPolygon: grid.count - byNearest - none,
      cellsGemeenteByNearestCell: byNearest,
      cellsWithoutGemeente: none,
    };
    ctx.report('grid', summary);
    ctx.log(
      `grid: ${grid.count} land cells; 15–24: ` +
        summary.populationYears
          .map((y) => `${y.jaar} PC4 ${y.pc4Total15_24}, grid ${y.gridTotal15_24} (${y.differencePercent} %)`)
          .join('; ') +
        `; ${byNearest} cells took the nearest gemeente, ${none} have none`,
    );

    return [
      {
        path: GEODATA_FILES.grid,
        data: encodeGrid({
          count: grid.count,
          resolution: GRID_RESOLUTION,
          h3Hi: hi,
          h3Lo: lo,
          lon,
          lat,
          pop,
          gemeente,
          popByYear,
        }),
        rows: grid.count,
        sources: ['land-mask', 'cbs-pc4', 'cbs-gemeenten'],
      },
    ];
  },
};
