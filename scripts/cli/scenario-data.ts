/**
 * Node-side loading for the scenario CLI, its benchmark and the real-data tests: reads the
 * derived geodata and an offer file from disk (checksums of the binary files verified against
 * the manifest) and builds a ScenarioMetrics on the real travel engine.
 */

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { mergeQualifications } from '../../src/data/aanbod/catalogue.ts';
import {
  IMPORTED_OFFER_FILE,
  MODELLED_OFFER_FILE,
  type OfferFile,
  parseOfferFile,
} from '../../src/data/aanbod/index.ts';
import {
  decodeGrid,
  GEODATA_FILES,
  type Gemeente,
  type Grid,
  type Location,
  loadVerifiedGraph,
  parseGemeenten,
  parseLocations,
  parseManifest,
  parseQualifications,
  type Qualification,
  verifyAgainstManifest,
} from '../../src/data/geodata/index.ts';
import { MODELLED_OFFER_LABEL } from '../../src/data/scenario-file/index.ts';
import type { NearestFn } from '../../src/engine/analysis/catchment.ts';
import type { ReachFn } from '../../src/engine/analysis/reach-lists.ts';
import type { TravelGraph } from '../../src/engine/graph/index.ts';
import { type MetricsDataset, metricsDataset, ScenarioMetrics } from '../../src/engine/metrics/index.ts';
import { offerFromFile } from '../../src/engine/offer/from-file.ts';
import type { Niveau } from '../../src/engine/offer/types.ts';
import { DEFAULT_JAAR, type Jaar, populationOf } from '../../src/engine/population/index.ts';
import { NIVEAU_PROFILES } from '../../src/engine/profiles/index.ts';
import type { FieldFn } from '../../src/engine/reach/index.ts';
import { catalogueFrom, type EditCatalogue } from '../../src/engine/scenario/index.ts';
import { createNearestSourceSearch, createTravelSearch } from '../../src/engine/travel/index.ts';

export const DEFAULT_GEODATA = path.resolve(import.meta.dirname, '../../public/geodata');

/**
 * The modelled-offer label as the CLIs print it (stderr and JSON), Dutch first: the same text a
 * scenario file carries, so a file written by the app and the CLI's output say the same thing.
 */
export const CLI_MODELLED_LABEL = MODELLED_OFFER_LABEL;

/** A problem with the command line or the files it names; the CLI prints it and exits non-zero. */
export class InputError extends Error {}

export interface ScenarioData {
  grid: Grid;
  gemeenten: Gemeente[];
  locations: Location[];
  qualifications: Qualification[];
  offer: OfferFile;
  /** path of the offer file that was read */
  offerPath: string;
  dataset: MetricsDataset;
  graph: TravelGraph;
  catalogue: EditCatalogue;
  fieldFn: FieldFn;
  /** the same search, listing the cells within a limit of one cell (placement) */
  reachFn: ReachFn;
  /** the same search, also naming the nearest source (for catchments) */
  nearestFn: NearestFn;
  limits: Record<Niveau, number>;
  /** the population year the metrics count in */
  jaar: Jaar;
  metrics: ScenarioMetrics;
}

async function read(file: string, hint = ''): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new InputError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}${hint}`,
    );
  }
}

const BUILD_HINT = ' (run `npm run data` first, or pass --geodata DIR)';

/**
 * Loads everything a scenario needs. `aanbodDir` selects an imported offer (DIR/aanbod.json,
 * as written by `npm run import-aanbod`); without it the modelled offer in the geodata is used.
 * The metrics count in the population of `jaar` (default 2021).
 */
export async function loadScenarioData(
  options: { geodataDir?: string; aanbodDir?: string; jaar?: Jaar } = {},
): Promise<ScenarioData> {
  const dir = options.geodataDir ?? DEFAULT_GEODATA;
  const text = async (name: string) => (await read(path.join(dir, name), BUILD_HINT)).toString('utf8');
  const manifest = parseManifest(await text('manifest.json'));
  const gridBytes = await read(path.join(dir, 'grid.bin'), BUILD_HINT);
  await verifyAgainstManifest(manifest, 'grid.bin', gridBytes);
  const grid = decodeGrid(gridBytes);
  const graph = await loadVerifiedGraph(await read(path.join(dir, GEODATA_FILES.graph), BUILD_HINT), manifest);
  if (graph.cellCount !== grid.count) {
    throw new InputError(
      `${GEODATA_FILES.graph} has ${graph.cellCount} cells but grid.bin has ${grid.count}: rebuild with \`npm run data\``,
    );
  }
  const gemeenten = parseGemeenten(await text('gemeenten.json'));
  const locations = parseLocations(await text('locations.json'));
  const bundled = parseQualifications(await text('qualifications.json'));

  const offerPath = options.aanbodDir
    ? path.join(options.aanbodDir, IMPORTED_OFFER_FILE)
    : path.join(dir, MODELLED_OFFER_FILE);
  const offer = parseOfferFile(
    (await read(offerPath, options.aanbodDir ? '' : BUILD_HINT)).toString('utf8'),
    offerPath,
  );
  // The same merged list the app uses: an imported file names qualifications newer than the list.
  const qualifications = offer.catalogue
    ? mergeQualifications(bundled, offer.catalogue.qualifications).qualifications
    : bundled;

  // Pseudo-locations get their cell as in the app (offerFromFile), so both count the same places.
  const { pseudoPlaces } = offerFromFile(offer, { locations, qualifications, cellLon: grid.lon, cellLat: grid.lat });
  const dataset = metricsDataset(grid, gemeenten, locations, pseudoPlaces);
  const catalogue = catalogueFrom(qualifications, [...locations, ...pseudoPlaces.map((p) => ({ brinvest: p.id }))]);
  const search = createTravelSearch(graph);
  const fieldFn: FieldFn = (sources, cutoff) => search.computeField(sources, cutoff).minutes;
  const reachFn: ReachFn = (cell, limit) => search.reachOf(cell, limit);
  const nearestSearch = createNearestSourceSearch(graph);
  const nearestFn: NearestFn = (sources, labels, cutoff) => nearestSearch.computeNearest(sources, labels, cutoff);
  const limits = {
    1: NIVEAU_PROFILES[1].defaultMaxMinutes,
    2: NIVEAU_PROFILES[2].defaultMaxMinutes,
    3: NIVEAU_PROFILES[3].defaultMaxMinutes,
    4: NIVEAU_PROFILES[4].defaultMaxMinutes,
  };
  const metrics = new ScenarioMetrics({ regions: dataset.regions, locations: dataset.locations, fieldFn, limits });
  const jaar = options.jaar ?? DEFAULT_JAAR;
  metrics.setPopulation(populationOf(grid.popByYear, jaar, grid.count));
  return {
    grid,
    gemeenten,
    locations,
    qualifications,
    offer,
    offerPath,
    dataset,
    graph,
    catalogue,
    fieldFn,
    reachFn,
    nearestFn,
    limits,
    jaar,
    metrics,
  };
}
