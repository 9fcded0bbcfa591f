/**
 * npm run --silent reistijd -- --pairs FILE.csv
 *   Reads a CSV whose header has from_lon,from_lat,to_lon,to_lat (other columns are kept) and
 *   writes it to stdout with a `minutes` column (empty where the destination is unreachable).
 * npm run --silent reistijd -- --van LON,LAT --naar LON,LAT
 *   Prints one line of JSON: {"minutes":…,"modes":[…],"van":{…},"naar":{…}}.
 * Option: --geodata DIR (default public/geodata) holding manifest.json, grid.bin, graph.bin.
 *
 * Points off land snap to the nearest land cell within 2 km (said on stderr for --pairs and in
 * the JSON for --van/--naar); points outside the Netherlands or further out on the water are
 * an error. Errors go to stderr as "where: why" with exit code 1 (2 for wrong usage).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createTravelSearch } from '../../src/engine/travel/search.ts';
import { indexGridCells } from '../data/graph/cells.ts';
import { DEFAULT_GEODATA_DIR, loadTravelData } from '../data/graph/load-node.ts';
import { InputError, journey, parseNumber, placePoint, travelPairs } from './reistijd-core.ts';

const USAGE = 'usage: reistijd --pairs FILE.csv | reistijd --van LON,LAT --naar LON,LAT  [--geodata DIR]';

function parsePoint(text: string, flag: string) {
  const parts = text.split(',');
  if (parts.length !== 2) throw new InputError(flag, `"${text}" is not LON,LAT (two numbers separated by a comma)`);
  return { lon: parseNumber(parts[0], flag, 'longitude'), lat: parseNumber(parts[1], flag, 'latitude') };
}

function readArgs() {
  const options = {
    pairs: { type: 'string' },
    van: { type: 'string' },
    naar: { type: 'string' },
    geodata: { type: 'string' },
  } as const;
  return parseArgs({ options, strict: true }).values;
}

async function main(): Promise<number> {
  let values: ReturnType<typeof readArgs>;
  try {
    values = readArgs();
  } catch (error) {
    process.stderr.write(`reistijd: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const pairMode = values.pairs !== undefined;
  const pointMode = values.van !== undefined || values.naar !== undefined;
  if (pairMode === pointMode || (pointMode && (values.van === undefined || values.naar === undefined))) {
    process.stderr.write(`reistijd: give either --pairs FILE.csv, or both --van and --naar\n${USAGE}\n`);
    return 2;
  }

  let pairsText = '';
  if (values.pairs !== undefined) {
    try {
      pairsText = await readFile(values.pairs, 'utf8');
    } catch (error) {
      throw new InputError(
        values.pairs,
        `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
  }
  const van = values.van === undefined ? null : parsePoint(values.van, '--van');
  const naar = values.naar === undefined ? null : parsePoint(values.naar, '--naar');

  const { grid, graph } = await loadTravelData(values.geodata ?? DEFAULT_GEODATA_DIR);
  const cells = indexGridCells(grid);
  const search = createTravelSearch(graph);

  if (values.pairs !== undefined) {
    const { csv, notes } = travelPairs(pairsText, values.pairs, cells, search);
    for (const note of notes) process.stderr.write(`reistijd: ${note}\n`);
    process.stdout.write(csv);
    return 0;
  }
  const from = placePoint(cells, van!.lon, van!.lat, '--van');
  const to = placePoint(cells, naar!.lon, naar!.lat, '--naar');
  const result = journey(search, from.cell, to.cell);
  process.stdout.write(`${JSON.stringify({ minutes: result.minutes, modes: result.modes, van: from, naar: to })}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`reistijd: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
