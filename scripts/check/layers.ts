/**
 * npm run check:layers
 *   Fails (exit 1) when a file in src/ or workers/ imports against the layer order of
 *   layer-rules.ts, printing "file: import 'x' (why)" for each, and each cycle between layers.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { checkLayers, type KnownException } from './layer-rules.ts';

/** Each entry names the work that removes it; an entry that no longer matches fails the check. */
export const KNOWN_EXCEPTIONS: readonly KnownException[] = [
  {
    file: 'workers/metrics/metrics-client.test.ts',
    specifier: '../../src/state/metrics-session.fixture.ts',
    reason: 'a workers test uses the state session fixture; it moves to test/fixtures or the test to src/state',
  },
  {
    file: 'src/panels/sector/SectorPanel.tsx',
    specifier: '../../app/useOffer.ts',
    reason: 'issue 9 (h1-pipeline) moves the active offer into the dataset store',
  },
];

/** Every .ts/.tsx file under `dirs` of `root`, keyed by its repository-relative posix path. */
export async function readSources(root: string, dirs: readonly string[]): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const dir of dirs) {
    for (const entry of await readdir(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
      const path = join(entry.parentPath, entry.name);
      files.set(relative(root, path).split(sep).join('/'), await readFile(path, 'utf8'));
    }
  }
  return files;
}

async function main(): Promise<number> {
  const report = checkLayers(await readSources(process.cwd(), ['src', 'workers']), KNOWN_EXCEPTIONS);
  for (const v of report.excused)
    process.stderr.write(`known exception: ${v.file}: import '${v.specifier}' (${v.reason})\n`);
  for (const v of report.violations) process.stderr.write(`${v.file}: import '${v.specifier}' (${v.reason})\n`);
  for (const e of report.unusedExceptions)
    process.stderr.write(`stale exception, remove it: ${e.file}: '${e.specifier}'\n`);
  for (const cycle of report.cycles) process.stderr.write(`cycle between layers: ${cycle.join(' ⇄ ')}\n`);
  const failed = report.violations.length + report.unusedExceptions.length + report.cycles.length > 0;
  if (!failed) process.stdout.write('layers: ok\n');
  return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
