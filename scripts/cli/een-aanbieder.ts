/**
 * npm run --silent een-aanbieder -- --crebo C [--jaar 2021|2026|2031] [--aanbod DIR] [--k K] [--geodata DIR]
 *
 * "As if one provider": the smallest set of crebo C's current locations that keeps every
 * 15–24 year old who now lives within the niveau's travel limit of C within it, solved exactly
 * (HiGHS). Prints one JSON line:
 *   {"crebo","niveau","grens","jaar","houden":[...],"stoppen":[...],"bereik_voor","bereik_na","optimaal",...}
 * houden = locations to keep, stoppen = locations whose stop loses no one, bereik = youth
 * within the limit before and after (whole people), optimaal = proven optimal (false when the
 * solver's time limit was hit: then the answer is greedy and "ondergrens" is a proven lower
 * bound on the number of locations). "alleen" gives per kept location the youth only it
 * reaches; "niet_geplaatst" lists locations without a grid cell (not modelled).
 * --k K instead keeps at most K locations reaching the most youth ("what if we had only K");
 * then "bovengrens" bounds the reach when the answer is not optimal.
 * --jaar counts the youth of that population year (default 2021; 2026 and 2031 are today's
 * children, no forecast: the line then carries "jaar_label"). The year changes who is counted,
 * so also which locations are needed: a cell without youth that year needs no cover.
 *
 * Exit codes: 0 ok; 2 wrong usage (also a year outside the list), unknown crebo, or unreadable
 * geodata/offer.
 */
import loadHighs from 'highs';
import { oneProvider, onlyK } from '../../src/engine/analysis/one-provider.ts';
import { JAAR_USAGE, jaarLabel } from './jaar-option.ts';
import { jaarNote, niveauOfCrebo, placementArgs, placementFor } from './placement-data.ts';
import { CLI_MODELLED_LABEL, InputError, loadScenarioData } from './scenario-data.ts';

const USAGE = `usage: npm run --silent een-aanbieder -- --crebo C ${JAAR_USAGE} [--aanbod DIR] [--k K] [--geodata DIR]`;

async function main(argv: string[]): Promise<void> {
  const values = placementArgs(argv, 'k', USAGE);
  const k = values.extra === undefined ? null : Number(values.extra);
  if (k !== null && !(Number.isInteger(k) && k >= 1))
    throw new InputError(`--k: "${values.extra}" is not a whole number of locations ≥ 1`);
  const data = await loadScenarioData({ geodataDir: values.geodata, aanbodDir: values.aanbod, jaar: values.jaar });
  const niveau = niveauOfCrebo(data, values.crebo);
  const crebo = values.crebo as string;
  if (!data.offer.rows.some((r) => r.crebo === crebo))
    throw new InputError(`--crebo: ${crebo} is offered nowhere in ${data.offerPath}`);
  if (data.offer.kind === 'modelled') console.error(`een-aanbieder: ${CLI_MODELLED_LABEL}`);
  console.error(jaarNote('een-aanbieder', data.jaar));

  const model = placementFor(data).providerModel(data.offer.rows, crebo, niveau);
  const highs = await loadHighs();
  const answer = k === null ? oneProvider(highs, model) : onlyK(highs, model, k);
  const label = jaarLabel(data.jaar);
  const line: Record<string, unknown> = {
    crebo,
    niveau,
    grens: data.limits[niveau],
    jaar: data.jaar,
    ...(label ? { jaar_label: label } : {}),
    ...(k === null ? {} : { k }),
    houden: answer.keep,
    stoppen: answer.drop,
    bereik_voor: Math.round(answer.reachBefore.total),
    bereik_na: Math.round(answer.reachAfter.total),
    optimaal: answer.optimal,
    ...(answer.optimal ? {} : k === null ? { ondergrens: answer.bound } : { bovengrens: Math.round(answer.bound) }),
    alleen: Object.fromEntries(answer.keep.map((id, i) => [id, Math.round(answer.alone[i].total)])),
    niet_geplaatst: answer.unplaced,
    aanbod: {
      kind: data.offer.kind,
      file: data.offerPath,
      ...(data.offer.kind === 'modelled' ? { label: CLI_MODELLED_LABEL } : {}),
    },
  };
  console.log(JSON.stringify(line));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`een-aanbieder: ${(error as Error).message}`);
  process.exitCode = 2;
});
