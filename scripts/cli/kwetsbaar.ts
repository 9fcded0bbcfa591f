/**
 * npm run --silent kwetsbaar -- --niveau N [--aanbod DIR] [--geodata DIR]
 *
 * Early warning: for every programme-location of niveau N in the active offer — one row per
 * offered (crebo, vestiging), leerwegen merged — the 15–24 year olds within the niveau's limit
 * of that vestiging and of no other vestiging offering the crebo (exactly the coverage a stop
 * of it would lose), of which in krimp- and anticipeerregio's, and the population-weighted mean
 * of the minutes added for the people who keep access but travel longer after the stop (empty
 * when there are none). CSV on stdout, sorted by alleen_bereik descending (ties by crebo, then
 * vestiging); counts are whole people. One two-label search per crebo (src/engine/analysis).
 *
 * The active offer is the modelled public/geodata/aanbod-model.json, or DIR/aanbod.json written
 * by import-aanbod. The modelled label, notes and errors go to stderr.
 * Exit codes: 0 ok; 2 wrong usage or unreadable geodata/offer.
 */
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { bySoleReachDescending, programmeLocations, type ProgrammeLocation } from '../../src/engine/analysis/index.ts';
import type { Niveau } from '../../src/engine/offer/types.ts';
import { createTwoNearestSearch } from '../../src/engine/travel/index.ts';
import { InputError, loadScenarioData, MODELLED_LABEL, type ScenarioData } from './scenario-data.ts';

const USAGE = 'usage: npm run --silent kwetsbaar -- --niveau N [--aanbod DIR] [--geodata DIR]   (N = 1 for Entree, 2, 3 or 4)';
export const KWETSBAAR_HEADER = [
  'crebo',
  'vestiging',
  'niveau',
  'alleen_bereik',
  'alleen_bereik_krimp',
  'alleen_bereik_anticipeer',
  'extra_minuten_gemiddeld',
];

function parseNiveau(value: string | undefined): Niveau {
  if (value === undefined) throw new InputError(`--niveau is required\n${USAGE}`);
  if (!/^[1-4]$/.test(value)) throw new InputError(`--niveau must be 1 (Entree), 2, 3 or 4, got "${value}"`);
  return Number(value) as Niveau;
}

function parse(argv: string[]) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { niveau: { type: 'string' }, aanbod: { type: 'string' }, geodata: { type: 'string' } },
    });
    return { niveau: parseNiveau(values.niveau), aanbod: values.aanbod, geodata: values.geodata };
  } catch (error) {
    if (error instanceof InputError) throw error;
    // node:util parseArgs names the unknown option or the missing value.
    throw new InputError(`${(error as Error).message}\n${USAGE}`);
  }
}

/** The table of one niveau, as the CLI prints it (also used by the benchmark and the tests). */
export function kwetsbaarTable(data: ScenarioData, niveau: Niveau): ProgrammeLocation[] {
  const cellOf = new Map(data.dataset.locations.map((l) => [l.brinvest, l.cell]));
  const search = createTwoNearestSearch(data.graph);
  const table = programmeLocations(search, data.offer.rows, niveau, (v) => cellOf.get(v) ?? -1, data.limits[niveau], data.dataset.regions);
  return table.sort(bySoleReachDescending);
}

export function kwetsbaarCsv(table: readonly ProgrammeLocation[]): string {
  const rows = table.map((l) => [
    l.crebo,
    l.vestiging,
    l.niveau,
    Math.round(l.sole),
    Math.round(l.soleKrimp),
    Math.round(l.soleAnticipeer),
    l.extraMeanMinutes === null ? '' : l.extraMeanMinutes.toFixed(2),
  ]);
  return `${Papa.unparse({ fields: KWETSBAAR_HEADER, data: rows }, { newline: '\n' })}\n`;
}

async function main(argv: string[]): Promise<void> {
  const args = parse(argv);
  const data = await loadScenarioData({ geodataDir: args.geodata, aanbodDir: args.aanbod });
  if (data.offer.kind === 'modelled') console.error(`kwetsbaar: ${MODELLED_LABEL}`);
  const table = kwetsbaarTable(data, args.niveau);
  const unplaced = table.filter((l) => !l.placed).length;
  console.error(`kwetsbaar: niveau ${args.niveau}, limit ${data.limits[args.niveau]} min, ${table.length} programme-locations`);
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
