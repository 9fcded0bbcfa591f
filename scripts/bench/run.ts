/**
 * npm run bench: runs every case in cases.ts and prints, as its last stdout line, one JSON
 * object merging their numbers, e.g. {"field_ms":…,"naive_ms":…,"speedup":…,"cells":…,"edges":…,"edit_ms":…}.
 * Progress goes to stderr. A failing case is reported on stderr and makes the exit code 1;
 * the JSON line still carries the other cases' numbers.
 */
import { BENCH_CASES } from './cases.ts';

const merged: Record<string, number> = {};
let failed = false;
for (const benchCase of BENCH_CASES) {
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
