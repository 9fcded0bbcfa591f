/**
 * npm run --silent beste-plek -- --crebo C [--aanbod DIR] [--instelling BRIN] [--geodata DIR]
 *
 * Best place to start crebo C: every vestiging that does not offer C in the active offer (the
 * modelled one, or DIR/aanbod.json written by import-aanbod), with the 15–24 year olds who
 * would newly live within the niveau's travel limit if C started there — in total, in the
 * krimpregio's and in the anticipeerregio's. Prints CSV with the header
 * vestiging,winst,winst_krimp,winst_anticipeer (whole people), sorted by winst descending;
 * --instelling keeps only the vestigingen of one institution.
 *
 * Exit codes: 0 ok; 2 wrong usage, unknown crebo or BRIN, or unreadable geodata/offer.
 */
import Papa from 'papaparse';
import { checkBrin, niveauOfCrebo, placementArgs, placementFor } from './placement-data.ts';
import { loadScenarioData, CLI_MODELLED_LABEL } from './scenario-data.ts';

const USAGE = 'usage: npm run --silent beste-plek -- --crebo C [--aanbod DIR] [--instelling BRIN] [--geodata DIR]';

async function main(argv: string[]): Promise<void> {
  const values = placementArgs(argv, 'instelling', USAGE);
  const data = await loadScenarioData({ geodataDir: values.geodata, aanbodDir: values.aanbod });
  const niveau = niveauOfCrebo(data, values.crebo);
  const brin = values.extra === undefined ? null : checkBrin(data, values.extra);
  if (data.offer.kind === 'modelled') console.error(`beste-plek: ${CLI_MODELLED_LABEL}`);
  const ranking = placementFor(data).bestPlaces(data.offer.rows, values.crebo as string, niveau, brin);
  const rows = ranking.map((r) => [
    r.vestiging,
    Math.round(r.gain.total),
    Math.round(r.gain.krimp),
    Math.round(r.gain.anticipeer),
  ]);
  process.stdout.write(
    `${Papa.unparse({ fields: ['vestiging', 'winst', 'winst_krimp', 'winst_anticipeer'], data: rows }, { newline: '\n' })}\n`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`beste-plek: ${(error as Error).message}`);
  process.exitCode = 2;
});
