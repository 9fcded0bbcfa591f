/**
 * Benchmark case "import": what the import worker does with a 100,000-row file, on the real
 * geodata. `import_ms` reads a DUO-layout offer file (decode, parse, match every address,
 * collect names); `figures_ms` reads a file of the user's own figures of the same size and joins
 * it to the offer. The baseline in the same run, `import_papa_ms`, is papaparse alone on the
 * same offer text, so `import_ratio` says what the import adds to bare CSV parsing. The issue's
 * target is 100,000 rows in under 5 s in the browser (where the same code runs in a worker).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { parseAanbodBytes } from '../../src/data/aanbod/parse-csv.ts';
import { PC4_FILE, parsePc4File } from '../../src/data/aanbod/pc4.ts';
import { parseLocations, parseQualifications } from '../../src/data/geodata/parse.ts';
import { indicatorsFromTable } from '../../src/data/indicators/from-table.ts';
import { readTable } from '../../src/data/table/read-table.ts';
import { guessColumns } from '../../src/engine/indicators/keys.ts';
import { Offer } from '../../src/engine/offer/offer.ts';
import { indicatorValues, joinContextFor } from '../../src/state/indicator-values.ts';
import { type BenchCase, median, timeMedian } from './case.ts';

/** Every column of DUO's mbo_opleidingsaanbod.csv in DUO's order, so the benchmark file has the real width. */
const DUO_AANBOD_COLUMNS = [
  'OPLEIDINGSEENHEIDCODE',
  'OPLEIDINGSEENHEID_TYPE',
  'WAARDEDOCUMENTSOORT',
  'OPLEIDINGSEENHEID_NIVEAU',
  'OPLEIDINGSEENHEID_NAAM',
  'OPLEIDINGSEENHEID_INTERNATIONALE_NAAM_ENGELS',
  'STUDIELAST',
  'STUDIELASTEENHEID',
  'ERKENDEOPLEIDINGSCODE',
  'ERKENDEOPLEIDINGSTYPE',
  'ERKENDEOPLEIDINGSSTELSEL',
  'KWALIFICATIEDOSSIER',
  'DOMEIN',
  'ONDERWIJSAANBIEDERID',
  'NAAM',
  'ONDERWIJSBESTUURID',
  'KVK_NUMMER',
  'ONDERWIJSLOCATIECODE',
  'STRAATNAAM',
  'HUISNUMMER',
  'HUISNUMMERTOEVOEGING',
  'POSTCODE',
  'PLAATSNAAM',
  'AANGEBODEN_OPLEIDINGCODE',
  'AANGEBODEN_OPLEIDING_TYPE',
  'AFWIJKENDE_OPLEIDINGSDUUROMVANG',
  'AFWIJKENDE_OPLEIDINGSDUUREENHEID',
  'EIGEN_AANGEBODEN_OPLEIDINGSLEUTEL',
  'LEERTRAJECT',
  'MBONIVEAU',
  'VOERTAAL',
  'EIGENNAAM',
  'WEBSITE',
] as const;

export const IMPORT_ROWS = 100_000;
const RUNS = 3;
const DIR = path.resolve(import.meta.dirname, '../../public/geodata');

export const importCase: BenchCase = {
  name: 'import',
  async run() {
    const text = (name: string) => readFile(path.join(DIR, name), 'utf8');
    const locations = parseLocations(await text('locations.json'), 'locations.json');
    const qualifications = parseQualifications(await text('qualifications.json'), 'qualifications.json').filter(
      (q) => q.niveau !== null,
    );
    const pc4 = parsePc4File(await text(PC4_FILE));

    // Deterministic rows: every location and qualification in turn, both leerwegen, a name and a page.
    const header = DUO_AANBOD_COLUMNS.join(';');
    const lines = [header];
    for (let i = 0; i < IMPORT_ROWS; i++) {
      const l = locations[i % locations.length];
      const q = qualifications[(i * 7) % qualifications.length];
      const cell: Record<string, string> = {
        OPLEIDINGSEENHEID_NAAM: q.naam,
        ERKENDEOPLEIDINGSCODE: q.crebo,
        DOMEIN: q.domein ?? '',
        NAAM: l.instelling,
        HUISNUMMER: /\s(\d+)/.exec(l.adres)?.[1] ?? '',
        POSTCODE: l.postcode,
        LEERTRAJECT: i % 2 ? 'BBL' : 'BOL_VT',
        MBONIVEAU: `NIVEAU_${q.niveau}`,
        EIGENNAAM: `${q.naam} ${i}`,
        WEBSITE: `https://school.example/${i}`,
      };
      lines.push(DUO_AANBOD_COLUMNS.map((c) => `"${(cell[c] ?? '').replace(/"/g, '""')}"`).join(';'));
    }
    const bytes = new TextEncoder().encode(lines.join('\r\n'));
    const csvText = new TextDecoder().decode(bytes);

    const ctx = { locations, qualifications, pc4, fileName: 'bench.csv' };
    let offerFile = parseAanbodBytes(bytes, ctx).file;
    const importMs = timeMedian(() => (offerFile = parseAanbodBytes(bytes, ctx).file), RUNS);
    const papaMs = timeMedian(() => Papa.parse(csvText, { delimiter: ';' }), RUNS);

    // The user's figures: one row per programme-location of that offer (up to IMPORT_ROWS), decimal commas.
    const offer = new Offer(offerFile.rows, { locations, qualifications });
    const figureLines = ['Crebo;Brinvest;Studenten;Kans op werk'];
    for (let i = 0; i < IMPORT_ROWS; i++) {
      const row = offerFile.rows[i % offerFile.rows.length];
      figureLines.push(`${row.crebo};${row.vestiging};${(i % 90) + 3};0,${(i % 89) + 10}`);
    }
    const figureBytes = new TextEncoder().encode(figureLines.join('\n'));
    const joinCtx = joinContextFor(offer, locations);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const table = readTable(figureBytes, 'cijfers.csv');
      const indicators = indicatorsFromTable(
        table,
        guessColumns(table.header, table.rows).map((g) => g.role),
        new Map(),
        'bench',
      );
      for (const indicator of indicators) indicatorValues(indicator, joinCtx);
      times.push(performance.now() - start);
    }
    const round = (x: number) => Math.round(x * 10) / 10;
    return {
      import_ms: round(importMs),
      import_papa_ms: round(papaMs),
      import_ratio: round(importMs / papaMs),
      import_rows: IMPORT_ROWS,
      figures_ms: round(median(times)),
    };
  },
};
