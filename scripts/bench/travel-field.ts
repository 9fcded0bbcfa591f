/**
 * Benchmark case "travel field": the national multimodal travel-time field with every location
 * that offers a niveau-4 programme in the modelled offer as a source, and the niveau-4 limit
 * (the longest) as cutoff. Also measures the naive baseline on the same graph and checks that
 * both give the same minutes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MODELLED_OFFER_FILE, parseOfferFile } from '../../src/data/aanbod/index.ts';
import { gridCellH3, parseLocations } from '../../src/data/geodata/index.ts';
import { NIVEAU_PROFILES } from '../../src/engine/profiles/niveaus.ts';
import { createTravelSearch, UNREACHABLE } from '../../src/engine/travel/search.ts';
import { ensureGraphGeodata } from '../data/graph/ensure-geodata.ts';
import { loadTravelData } from '../data/graph/load-node.ts';
import type { BenchCase } from './case.ts';
import { median, timeMedian } from './case.ts';
import { naiveField, toNaiveGraph } from './naive-dijkstra.ts';

const FIELD_RUNS = 31;
const NAIVE_RUNS = 5;

/**
 * The grid, the graph and the national niveau-4 sources (the cells of every location with a
 * niveau-4 programme in the modelled offer), which the travel-field and isochrone cases share.
 */
export async function niveau4Sources() {
  const dir = await ensureGraphGeodata();
  const { grid, graph } = await loadTravelData(dir);
  const locations = parseLocations(await readFile(path.join(dir, 'locations.json'), 'utf8'));
  const offer = parseOfferFile(await readFile(path.join(dir, MODELLED_OFFER_FILE), 'utf8'));
  const niveau4 = new Set(offer.rows.filter((r) => r.niveau === 4).map((r) => r.vestiging));
  const sources = Int32Array.from(
    new Set(locations.filter((l) => l.cell >= 0 && niveau4.has(l.brinvest)).map((l) => l.cell)),
  );
  return { grid, graph, sources, locationCount: niveau4.size };
}

export const travelFieldCase: BenchCase = {
  name: 'travel-field',
  async run() {
    const { grid, graph, sources, locationCount } = await niveau4Sources();
    const cutoff = NIVEAU_PROFILES[4].defaultMaxMinutes;
    process.stderr.write(
      `bench: travel field from the ${locationCount} locations with a niveau-4 programme in the modelled offer (${sources.length} distinct cells), cutoff ${cutoff} min\n`,
    );

    const search = createTravelSearch(graph);
    let field = search.computeField(sources, cutoff);
    const fieldMs = timeMedian(
      () => {
        field = search.computeField(sources, cutoff);
      },
      FIELD_RUNS,
      5,
    );

    const naive = toNaiveGraph(grid, graph);
    const sourceKeys = Array.from(sources, (c) => gridCellH3(grid, c));
    const naiveTimes: number[] = [];
    let naiveMinutes = new Map<string, number>();
    for (let i = 0; i < NAIVE_RUNS; i++) {
      const start = performance.now();
      naiveMinutes = naiveField(naive, sourceKeys, cutoff);
      naiveTimes.push(performance.now() - start);
    }
    for (let i = 0; i < grid.count; i++) {
      const expected = naiveMinutes.get(naive.cellKeys[i]) ?? UNREACHABLE;
      if (field.minutes[i] !== expected)
        throw new Error(`travel field and naive baseline disagree at cell ${i}: ${field.minutes[i]} vs ${expected}`);
    }
    const naiveMs = median(naiveTimes);
    return {
      field_ms: round(fieldMs, 2),
      naive_ms: round(naiveMs, 1),
      speedup: round(naiveMs / fieldMs, 1),
      cells: grid.count,
      edges: graph.edgeCount,
    };
  },
};

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
