import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOfferFile } from '../../src/data/aanbod/index.ts';
import { writeFixtureGeodata } from '../../test/fixtures/aanbod/context.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/aanbod');
let work: string;

function run(file: string, out: string, extra: string[] = []) {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(ROOT, 'scripts/cli/import-aanbod.ts'),
      path.join(FIXTURES, file),
      '--out',
      out,
      ...extra,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const lines = result.stdout.trim().split('\n');
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, last: lines[lines.length - 1] };
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'import-aanbod-'));
  await writeFixtureGeodata(path.join(work, 'geodata'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run import-aanbod', () => {
  it('prints the counts as one JSON line last, exits 0 with rejected rows, and writes a loadable offer file', () => {
    const out = path.join(work, 'out');
    const result = run('mbo_opleidingsaanbod_semicolon_bom_crlf.csv', out, ['--geodata', path.join(work, 'geodata')]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.last);
    expect(Object.keys(json)).toEqual([
      'rows',
      'imported',
      'duplicates',
      'locations_matched',
      'locations_pc4',
      'rejected',
    ]);
    expect(json).toMatchObject({ rows: 22, imported: 12, duplicates: 2, locations_matched: 11, locations_pc4: 1 });
    expect(json.rejected.map((r: { line: number }) => r.line)).toEqual([11, 12, 13, 14, 15, 20, 21, 25]);

    const offer = parseOfferFile(readFileSync(path.join(out, 'aanbod.json'), 'utf8'));
    expect(offer.kind).toBe('imported');
    expect(offer.rows).toHaveLength(11);
    expect(readFileSync(path.join(out, 'aanbod-rejected.csv'), 'utf8').split('\n')[0]).toBe('line,reason');
  }, 30_000);

  it('exits non-zero and names the missing columns when the file cannot be used', () => {
    for (const file of ['missing_columns.csv', 'not_a_csv.xlsx']) {
      const result = run(file, path.join(work, 'bad'), ['--geodata', path.join(work, 'geodata')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/required columns missing: ERKENDEOPLEIDINGSCODE, POSTCODE/);
    }
  }, 30_000);

  it('explains wrong usage and missing geodata with exit code 2', () => {
    expect(
      run('mbo_opleidingsaanbod_comma_lf.csv', path.join(work, 'x'), ['--geodata', path.join(work, 'nowhere')]),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/locations\.json is missing: run `npm run data` first/),
    });
  }, 30_000);
});
