/**
 * npm run --silent import-aanbod -- FILE.csv --out DIR [--geodata DIR]
 *
 * Imports DUO's mbo_opleidingsaanbod.csv with the same parser the app uses and writes the
 * derived offer file DIR/aanbod.json (the format the app loads) and DIR/aanbod-rejected.csv.
 * The last stdout line is one JSON line with the counts and the rejected rows.
 * Exit code 0 when the file was read (even with rejected rows); 1 when the file as a whole
 * cannot be used (not CSV, required columns missing); 2 for wrong usage or missing geodata.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  AanbodFileError,
  IMPORTED_OFFER_FILE,
  PC4_FILE,
  parseAanbodBytes,
  parsePc4File,
  rejectedRowsToCsv,
  serializeOfferFile,
} from '../../src/data/aanbod/index.ts';
import { parseLocations, parseQualifications } from '../../src/data/geodata/index.ts';

const REJECTED_FILE = 'aanbod-rejected.csv';
const DEFAULT_GEODATA = path.resolve(import.meta.dirname, '../../public/geodata');
const USAGE = 'usage: npm run --silent import-aanbod -- FILE.csv --out DIR [--geodata DIR]';

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string' }, geodata: { type: 'string' } },
  });
  if (positionals.length !== 1 || !values.out) throw new UsageError(USAGE);
  const input = path.resolve(positionals[0]);
  const outDir = path.resolve(values.out);
  const geodataDir = path.resolve(values.geodata ?? DEFAULT_GEODATA);

  const ctx = {
    locations: parseLocations(await readGeodata(geodataDir, 'locations.json'), 'locations.json'),
    qualifications: parseQualifications(await readGeodata(geodataDir, 'qualifications.json'), 'qualifications.json'),
    pc4: parsePc4File(await readGeodata(geodataDir, PC4_FILE)),
    fileName: path.basename(input),
    fileDate: await fileDate(input),
  };
  const { file, report } = parseAanbodBytes(await readInput(input), ctx);

  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, IMPORTED_OFFER_FILE), serializeOfferFile(file));
  await writeFile(path.join(outDir, REJECTED_FILE), rejectedRowsToCsv(report.rejected));
  console.log(
    `${ctx.fileName}: ${report.rows} rows, ${report.imported} imported, ${report.duplicates} duplicates, ` +
      `${report.rejected.length} rejected; ${file.rows.length} offer rows written to ${path.join(outDir, IMPORTED_OFFER_FILE)}`,
  );
  console.log(JSON.stringify(report));
  return 0;
}

async function readGeodata(dir: string, name: string): Promise<string> {
  try {
    return await readFile(path.join(dir, name), 'utf8');
  } catch {
    throw new UsageError(`${path.join(dir, name)} is missing: run \`npm run data\` first, or pass --geodata DIR`);
  }
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

async function fileDate(file: string): Promise<string | null> {
  try {
    return (await stat(file)).mtime.toISOString().slice(0, 10);
  } catch {
    return null;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof AanbodFileError) {
      console.error(`import-aanbod: ${error.message}`);
      process.exit(1);
    }
    console.error(`import-aanbod: ${(error as Error).message}`);
    process.exit(2);
  },
);
