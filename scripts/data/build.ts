/**
 * `npm run data`: derives public/geodata/ from the source data.
 * Sources: ../shared/data relative to the repository, or $REGIEKAART_SOURCES.
 * Output:  public/geodata/, or $REGIEKAART_GEODATA_OUT (used by the determinism test).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuild } from './lib/run-build.ts';
import { SourceError } from './lib/source-error.ts';
import { STEPS } from './steps.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sourcesDir = path.resolve(process.env.REGIEKAART_SOURCES ?? path.join(repoRoot, '../shared/data'));
const outDir = path.resolve(process.env.REGIEKAART_GEODATA_OUT ?? path.join(repoRoot, 'public/geodata'));

try {
  const started = performance.now();
  console.log(`data build: sources ${sourcesDir}\n            output  ${outDir}`);
  const manifest = await runBuild({ sourcesDir, outDir, steps: STEPS });
  console.log(
    `data build: ${manifest.outputs.length} files written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  if (error instanceof SourceError) {
    console.error(`data build failed: bad source file ${error.message}`);
  } else {
    console.error(`data build failed: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof Error && error.stack) console.error(error.stack);
  }
  process.exit(1);
}
