/**
 * npm run --silent beste-plek -- --crebo C [--jaar 2021|2026|2031] [--aanbod DIR] [--instelling BRIN] [--geodata DIR]
 *
 * Best place to start crebo C: every vestiging that does not offer C in the active offer (the
 * modelled one, or DIR/aanbod.json written by import-aanbod), with the 15–24 year olds who
 * would newly live within the niveau's travel limit if C started there — in total, in the
 * krimpregio's and in the anticipeerregio's. Prints CSV with the header
 * vestiging,winst,winst_krimp,winst_anticipeer (whole people), sorted by winst descending;
 * --instelling keeps only the vestigingen of one institution. --jaar counts the youth of that
 * population year (default 2021; 2026 and 2031 are today's children, no forecast), as
 * `npm run scenario -- --jaar` does; the CSV columns stay the same, the year and its label go
 * to stderr.
 *
 * Exit codes: 0 ok; 2 wrong usage (also a year outside the list), unknown crebo or BRIN, or
 * unreadable geodata/offer.
 */
import Papa from 'papaparse';
import { JAAR_USAGE } from './jaar-option.ts';
import { checkBrin, jaarNote, niveauOfCrebo, placementArgs, placementFor } from './placement-data.ts';
import { CLI_MODELLED_LABEL, loadScenarioData } from './scenario-data.ts';

const USAGE = `usage: npm run --silent beste-plek -- --crebo C ${JAAR_USAGE} [--aanbod DIR] [--instelling BRIN] [--geodata DIR]`;

async function main(argv: string[]): Promise<void> {
  const values = placementArgs(argv, 'instelling', USAGE);
  const data = await loadScenarioData({ geodataDir: values.geodata, aanbodDir: values.aanbod, jaar: values.jaar });
  const niveau = niveauOfCrebo(data, values.crebo);
  const brin = values.extra === undefined ? null : checkBrin(data, values.extra);
  if (data.offer.kind === 'modelled') console.error(`beste-plek: ${CLI_MODELLED_LABEL}`);
  console.error(jaarNote('beste-plek', data.jaar));
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
