import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Test support: runs the command-line tools the way `npm run --silent <tool>` does. */
const CLI_DIR = import.meta.dirname;
const ROOT = path.resolve(CLI_DIR, '../..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/cli/<script>` (e.g. "scenario.ts") under tsx from the repository root. */
export function runCli(script: string, args: readonly string[]): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(CLI_DIR, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    // The whole offer as CSV is several megabytes.
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The tool's standard output; throws with its stderr when it does not exit 0. */
export function cliOutput(script: string, args: readonly string[]): string {
  const result = runCli(script, args);
  if (result.code !== 0) throw new Error(`${script} exited ${result.code}: ${result.stderr}`);
  return result.stdout;
}
