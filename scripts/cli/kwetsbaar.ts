/**
 * npm run --silent kwetsbaar -- --niveau N [--jaar 2021|2026|2031] [--aanbod DIR] [--geodata DIR]
 *
 * Early warning: for every programme-location of niveau N in the active offer — one row per
 * offered (crebo, vestiging), leerwegen merged — the 15–24 year olds within the niveau's limit
 * of that vestiging and of no other vestiging offering the crebo (exactly the coverage a stop
 * of it would lose), of which in krimp- and anticipeerregio's, and the population-weighted mean
 * of the minutes added for the people who keep access but travel longer after the stop (empty
 * when there are none). CSV on stdout, sorted by alleen_bereik descending (ties by crebo, then
 * vestiging); counts are whole people. One two-label search per crebo (src/engine/analysis).
 * `--jaar` counts the people of that population year (default 2021; 2026 and 2031 are today's
 * children, no forecast), exactly as `npm run scenario -- --jaar` does; the CSV columns stay the
 * same, the year and its label go to stderr.
 *
 * The active offer is the modelled public/geodata/aanbod-model.json, or DIR/aanbod.json written
 * by import-aanbod. The modelled label, notes and errors go to stderr.
 * Exit codes: 0 ok; 2 wrong usage or unreadable geodata/offer.
 */
import { parseArgs } from 'node:util';
import {
  bySoleReachDescending,
  kwetsbaarCsv,
  type ProgrammeLocation,
  programmeLocations,
} from '../../src/engine/analysis/index.ts';
import type { Niveau } from '../../src/engine/offer/types.ts';
import { createTwoNearestSearch } from '../../src/engine/travel/index.ts';
import { JAAR_OPTION, JAAR_USAGE, jaarLabel, jaarOption } from './jaar-option.ts';
import { CLI_MODELLED_LABEL, InputError, loadScenarioData, type ScenarioData } from './scenario-data.ts';

const USAGE = `usage: npm run --silent kwetsbaar -- --niveau N ${JAAR_USAGE} [--aanbod DIR] [--geodata DIR]   (N = 1 for Entree, 2, 3 or 4)`;
function parseNiveau(value: string | undefined): Niveau {
  if (value === undefined) throw new InputError(`--niveau is required\n${USAGE}`);
  if (!/^[1-4]$/.test(value)) throw new InputError(`--niveau must be 1 (Entree), 2, 3 or 4, got "${value}"`);
  return Number(value) as Niveau;
}

function parse(argv: string[]) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { niveau: { type: 'string' }, ...JAAR_OPTION, aanbod: { type: 'string' }, geodata: { type: 'string' } },
    });
    return {
      niveau: parseNiveau(values.niveau),
      jaar: jaarOption(values.jaar),
      aanbod: values.aanbod,
      geodata: values.geodata,
    };
  } catch (error) {
    if (error instanceof InputError) throw error;
    // A year outside the list: jaarOption's message names the allowed years.
    if (error instanceof RangeError) throw new InputError(`${error.message}\n${USAGE}`);
    // node:util parseArgs names the unknown option or the missing value.
    throw new InputError(`${(error as Error).message}\n${USAGE}`);
  }
}

/**
 * The table of one niveau, as the CLI prints it (also used by the benchmark and the tests),
 * counted in the population the scenario metrics count in (`data.jaar`), so a row equals the
 * scenario CLI's loss of that stop in the same year.
 */
export function kwetsbaarTable(data: ScenarioData, niveau: Niveau): ProgrammeLocation[] {
  const cellOf = new Map(data.dataset.locations.map((l) => [l.brinvest, l.cell]));
  const search = createTwoNearestSearch(data.graph);
  const table = programmeLocations(
    search,
    data.offer.rows,
    niveau,
    (v) => cellOf.get(v) ?? -1,
    data.limits[niveau],
    data.metrics.regions,
  );
  return table.sort(bySoleReachDescending);
}

async function main(argv: string[]): Promise<void> {
  const args = parse(argv);
  const data = await loadScenarioData({ geodataDir: args.geodata, aanbodDir: args.aanbod, jaar: args.jaar });
  if (data.offer.kind === 'modelled') console.error(`kwetsbaar: ${CLI_MODELLED_LABEL}`);
  const label = jaarLabel(data.jaar);
  console.error(`kwetsbaar: 15–24 year olds of ${data.jaar}${label ? ` — ${label}` : ' (CBS)'}`);
  const table = kwetsbaarTable(data, args.niveau);
  const unplaced = table.filter((l) => !l.placed).length;
  console.error(
    `kwetsbaar: niveau ${args.niveau}, limit ${data.limits[args.niveau]} min, ${table.length} programme-locations`,
  );
  if (unplaced > 0) console.error(`kwetsbaar: ${unplaced} programme-locations have no grid cell; their figures are 0`);
  process.stdout.write(kwetsbaarCsv(table));
}

// Only when run as the CLI, not when the benchmark or a test imports the table functions.
if (import.meta.url === `file://${process.argv[1]}`) {
  // Set exitCode rather than calling process.exit(), which would cut off output still in a pipe.
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`kwetsbaar: ${(error as Error).message}`);
    process.exitCode = 2;
  });
}
