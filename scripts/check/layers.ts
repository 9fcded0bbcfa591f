/**
 * npm run check:layers
 *   Fails (exit 1) when a file in src/ or workers/ imports against the layer order of
 *   layer-rules.ts, printing "file: import 'x' (why)" for each, and each cycle between layers.
 *   There is no list of allowed exceptions: an import against the order is fixed by moving code
 *   (a type, a fixture) to the lowest layer that needs it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { checkLayers } from './layer-rules.ts';

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

/** Checks src/ and workers/ of `root`, writing each problem to `problem`; the process exit code. */
export async function checkTree(root: string, problem: (line: string) => void): Promise<number> {
  const report = checkLayers(await readSources(root, ['src', 'workers']));
  for (const v of report.violations) problem(`${v.file}: import '${v.specifier}' (${v.reason})`);
  for (const cycle of report.cycles) problem(`cycle between layers: ${cycle.join(' ⇄ ')}`);
  return report.violations.length + report.cycles.length > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await checkTree(process.cwd(), (line) => process.stderr.write(`${line}\n`));
  if (process.exitCode === 0) process.stdout.write('layers: ok\n');
}
