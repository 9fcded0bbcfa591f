/**
 * npm run bench: runs every case in cases.ts and prints, as its last stdout line, one JSON
 * object merging their numbers, e.g. {"field_ms":…,"naive_ms":…,"speedup":…,"cells":…,"edges":…,"edit_ms":…}.
 * Progress goes to stderr. A failing case is reported on stderr and makes the exit code 1;
 * the JSON line still carries the other cases' numbers. Names given as arguments
 * (`npm run bench -- browser-edit`) run only those cases.
 */
import { BENCH_CASES } from './cases.ts';

const merged: Record<string, number> = {};
let failed = false;
const only = process.argv.slice(2);
const unknown = only.filter((name) => !BENCH_CASES.some((c) => c.name === name));
if (unknown.length > 0)
  throw new Error(`unknown bench case(s) ${unknown.join(', ')}; known: ${BENCH_CASES.map((c) => c.name).join(', ')}`);
for (const benchCase of BENCH_CASES.filter((c) => only.length === 0 || only.includes(c.name))) {
  try {
    const result = await benchCase.run();
    for (const [key, value] of Object.entries(result)) {
      if (key in merged) throw new Error(`reports "${key}", which an earlier case already reported`);
      merged[key] = value;
    }
    process.stderr.write(`bench: ${benchCase.name} done\n`);
  } catch (error) {
    failed = true;
    process.stderr.write(`bench: case ${benchCase.name} failed: ${(error as Error).message}\n`);
  }
}
process.stdout.write(`${JSON.stringify(merged)}\n`);
if (failed) process.exitCode = 1;
