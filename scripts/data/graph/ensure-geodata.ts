import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { GEODATA_FILES, parseManifest } from '../../../src/data/geodata/index.ts';
import { DEFAULT_GEODATA_DIR } from './load-node.ts';

/**
 * The committed geodata directory, after checking that it holds graph.bin and lists it in its
 * manifest. The tests, the benchmark and the validation report use the committed graph so
 * that they measure exactly what the app ships.
 */
export async function ensureGraphGeodata(): Promise<string> {
  const manifest = parseManifest(await readFile(path.join(DEFAULT_GEODATA_DIR, 'manifest.json'), 'utf8'));
  const listed = manifest.outputs.some((o) => o.path === GEODATA_FILES.graph);
  const present = await access(path.join(DEFAULT_GEODATA_DIR, GEODATA_FILES.graph)).then(
    () => true,
    () => false,
  );
  if (!listed || !present) {
    throw new Error(
      `${DEFAULT_GEODATA_DIR}/${GEODATA_FILES.graph}: missing or not in manifest.json; run \`npm run data\``,
    );
  }
  return DEFAULT_GEODATA_DIR;
}
