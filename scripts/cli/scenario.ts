/**
 * npm run --silent scenario -- EDITS.json [--jaar 2021|2026|2031] [--scenario NAME] [--aanbod DIR] [--crebo C1,C2 | --domein NAAM] [--geodata DIR]
 * npm run --silent scenario -- --aanbod-csv [EDITS.json] [--aanbod DIR]
 *
 * Applies a scenario's edits (a JSON array of edits, {"name", "edits"}, or a scenario file
 * *.regiekaart.json exported by the app; --scenario picks one of several) to the active offer —
 * the modelled public/geodata/aanbod-model.json, or DIR/aanbod.json written by import-aanbod —
 * and prints ONE line of JSON: per niveau "1".."4" the coverage, krimp and anticipeer reach
 * before and after ({"share", "count"}), plus "edit_ms": the time to apply the edits and
 * re-evaluate every niveau with the fields of the offer before the edits already cached.
 * By default the figures are for every qualification of the niveau; --crebo or --domein
 * narrows them. Each niveau also lists the crebos the edits touch, before and after; "unplaced"
 * counts (crebo, location) offerings whose location has no grid cell (not counted as sources).
 * "verzorgingsgebied" per niveau: {"<BRIN>": {"voor", "na"}} for every institution whose
 * catchment (the young people it is nearest to) is not zero before or after; the counts add up
 * to the niveau's coverage count.
 * --jaar counts every figure in the 15–24 year olds of that population year (default 2021; 2026
 * and 2031 are today's children, no forecast); the line carries "jaar" and "population" (the
 * 15–24 year olds in the country, the krimp- and the anticipeerregio's).
 *
 * --aanbod-csv prints the active offer (after the edits, when an edits file is given) as CSV
 * with the header crebo,vestiging,leerweg,niveau,naam,domein (naam and domein from the bundled
 * qualification lists, with the names an imported DUO file gives merged in).
 *
 * Exit codes: 0 ok; 1 the edits file is unusable (names file, edit and reason); 2 wrong usage
 * or unreadable geodata/offer.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import type { Qualification } from '../../src/data/geodata/types.ts';
import { offerStamp, sameOfferStamp } from '../../src/data/scenario-file/index.ts';
import type { ReachFigures, Selection } from '../../src/engine/metrics/index.ts';
import { diffFigures, KRIMP_ANTICIPEER, KRIMP_KRIMPREGIO, sumAll, sumByKrimp } from '../../src/engine/metrics/index.ts';
import { domainOf, UNKNOWN_DOMAIN } from '../../src/engine/offer/index.ts';
import type { Niveau, OfferRow } from '../../src/engine/offer/types.ts';
import { applyEdits, type Edit, formatEditProblem, touchedCrebos } from '../../src/engine/scenario/index.ts';
import { JAAR_OPTION, JAAR_USAGE, jaarLabel, jaarOption } from './jaar-option.ts';
import { catchmentInputs, verzorgingsgebied } from './scenario-catchment.ts';
import { CLI_MODELLED_LABEL, InputError, loadScenarioData, type ScenarioData } from './scenario-data.ts';
import { EditsError, readEdits } from './scenario-edits.ts';

const USAGE =
  `usage: npm run --silent scenario -- EDITS.json ${JAAR_USAGE} [--scenario NAME] [--aanbod DIR] [--crebo C1,C2 | --domein NAAM] [--geodata DIR]\n` +
  '       npm run --silent scenario -- --aanbod-csv [EDITS.json] [--aanbod DIR]';
const NIVEAUS: Niveau[] = [1, 2, 3, 4];

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...JAAR_OPTION,
      aanbod: { type: 'string' },
      'aanbod-csv': { type: 'boolean', default: false },
      crebo: { type: 'string' },
      domein: { type: 'string' },
      geodata: { type: 'string' },
      scenario: { type: 'string' },
    },
  });
  const csv = values['aanbod-csv'] ?? false;
  if (positionals.length > 1 || (positionals.length === 0 && !csv)) throw new InputError(USAGE);
  if (values.crebo && values.domein) throw new InputError('give --crebo or --domein, not both');

  const jaar = jaarOption(values.jaar);

  const editsFile = positionals[0];
  const source = editsFile ? await readEdits(editsFile, values.scenario) : null;
  const edits = source?.edits ?? [];
  const data = await loadScenarioData({ geodataDir: values.geodata, aanbodDir: values.aanbod, jaar });
  if (source?.aanbod && !sameOfferStamp(source.aanbod, offerStamp(data.offer))) {
    console.error(
      `scenario: ${editsFile} was made on another offer (${source.aanbod.kind}, ${source.aanbod.source}, ${source.aanbod.rows} rows)`,
    );
  }
  const base = data.offer.rows;
  if (data.offer.kind === 'modelled') console.error(`scenario: ${CLI_MODELLED_LABEL}`);

  if (csv) {
    process.stdout.write(offerCsv(editsFile ? apply(data, base, edits, editsFile) : base, data.qualifications));
    return;
  }

  const crebos = selectionCrebos(data, values.crebo, values.domein);
  const selection = (niveau: Niveau): Selection => ({ niveau, crebos });
  const before = NIVEAUS.map((n) => data.metrics.coverage(base, selection(n)).figures);

  const start = performance.now();
  const after = apply(data, base, edits, editsFile as string);
  const afterResults = NIVEAUS.map((n) => data.metrics.coverage(after, selection(n)));
  const editMs = performance.now() - start;
  const afterFigures = afterResults.map((r) => r.figures);
  const catchment = catchmentInputs(data);

  const touched = [...touchedCrebos(edits)];
  const niveauOf = (crebo: string) =>
    data.catalogue.qualification(crebo)?.niveau ?? [...base, ...after].find((r) => r.crebo === crebo)?.niveau;
  const line: Record<string, unknown> = {};
  NIVEAUS.forEach((niveau, i) => {
    const perCrebo: Record<string, unknown> = {};
    for (const crebo of touched.filter((c) => niveauOf(c) === niveau)) {
      const only = { niveau, crebos: new Set([crebo]) };
      const b = data.metrics.coverage(base, only).figures;
      const a = data.metrics.coverage(after, only).figures;
      perCrebo[crebo] = { before: figures(b), after: figures(a) };
    }
    line[String(niveau)] = {
      before: figures(before[i]),
      after: figures(afterFigures[i]),
      difference: figures(diffFigures(before[i], afterFigures[i])),
      crebos: perCrebo,
      verzorgingsgebied: verzorgingsgebied(catchment, base, after, selection(niveau), data.metrics.limit(niveau)),
    };
  });
  line.jaar = jaar;
  line.population = population(data, jaar);
  line.edit_ms = round(editMs, 2);
  line.edits = edits.length;
  if (source?.name) line.scenario = source.name;
  line.selection = values.crebo ? { crebos: [...(crebos ?? [])] } : values.domein ? { domein: values.domein } : 'all';
  line.limits = data.limits;
  // Offerings at a location without a grid cell cannot be sources; say how many, never hide them.
  line.unplaced = afterResults.reduce((sum, r) => sum + r.unplaced, 0);
  line.aanbod = {
    kind: data.offer.kind,
    file: data.offerPath,
    ...(data.offer.kind === 'modelled' ? { label: CLI_MODELLED_LABEL } : {}),
  };
  console.log(JSON.stringify(line));
}

function apply(data: ScenarioData, rows: readonly OfferRow[], edits: readonly Edit[], file: string): OfferRow[] {
  const result = applyEdits(rows, edits, data.catalogue);
  if ('error' in result) throw new EditsError(`${file}: ${formatEditProblem(result.error)} (no edit was applied)`);
  return result.rows;
}

function selectionCrebos(
  data: ScenarioData,
  crebo: string | undefined,
  domein: string | undefined,
): Set<string> | null {
  if (crebo) {
    const list = crebo.split(',').map((c) => c.trim());
    for (const c of list)
      if (!data.catalogue.qualification(c)) throw new InputError(`--crebo: ${c} is not in the qualification list`);
    return new Set(list);
  }
  if (domein) {
    const set = new Set(data.qualifications.filter((q) => domainOf(q) === domein).map((q) => q.crebo));
    if (set.size === 0) {
      const known = [...new Set(data.qualifications.map(domainOf))].sort().join('; ');
      throw new InputError(`--domein: "${domein}" is not a known domain; known: ${known}`);
    }
    return set;
  }
  return null;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Counts are whole people (the grid spreads PC4 counts by area, so raw sums are fractional). */
function figures(f: ReachFigures) {
  const one = (x: { count: number; share: number }) => ({ share: round(x.share, 6), count: Math.round(x.count) });
  return { coverage: one(f.coverage), krimp: one(f.krimp), anticipeer: one(f.anticipeer) };
}

/** The 15–24 year olds the figures are counted in, whole people. */
function population(data: ScenarioData, jaar: ScenarioData['jaar']) {
  const regions = data.metrics.regions;
  const label = jaarLabel(jaar);
  return {
    total: Math.round(sumAll(regions.popByBucket)),
    krimp: Math.round(sumByKrimp(regions.popByBucket, regions, KRIMP_KRIMPREGIO)),
    anticipeer: Math.round(sumByKrimp(regions.popByBucket, regions, KRIMP_ANTICIPEER)),
    ...(label ? { label } : {}),
  };
}

/** naam and domein come from the merged qualification list (bundled lists plus the imported file), as in the app. */
function offerCsv(rows: readonly OfferRow[], qualifications: readonly Qualification[]): string {
  const byCrebo = new Map(qualifications.map((q) => [q.crebo, q]));
  const data = rows.map((r) => {
    const q = byCrebo.get(r.crebo);
    return [r.crebo, r.vestiging, r.leerweg ?? '', r.niveau, q?.naam ?? '', q ? domainOf(q) : UNKNOWN_DOMAIN];
  });
  return (
    Papa.unparse({ fields: ['crebo', 'vestiging', 'leerweg', 'niveau', 'naam', 'domein'], data }, { newline: '\n' }) +
    '\n'
  );
}

// Set exitCode rather than calling process.exit(): exit() would cut off a large CSV that is
// still being written to a pipe.
main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`scenario: ${(error as Error).message}`);
  process.exitCode = error instanceof EditsError ? 1 : 2;
});
