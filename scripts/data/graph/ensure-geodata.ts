import { access, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseManifest, sha256Hex } from '../../../src/data/geodata/index.ts';
import { GRAPH_FILE } from '../../../src/engine/graph/load.ts';
import { createContext } from '../step.ts';
import { DEFAULT_GEODATA_DIR } from './load-node.ts';
import { step } from './step.ts';

const DEFAULT_SOURCES_DIR = process.env.REGIEKAART_SOURCES ?? path.resolve(import.meta.dirname, '../../../../shared/data');

let pending: Promise<string> | null = null;

/**
 * A geodata directory that holds graph.bin listed in its manifest. That is public/geodata when
 * `npm run data` has built the graph; otherwise the graph step is run once per process on a
 * temporary copy of public/geodata (for the tests, the benchmark and the validation report,
 * which must not depend on whether the graph output is committed yet). `log` hears which.
 */
export function ensureGraphGeodata(log: (message: string) => void = () => {}): Promise<string> {
  pending ??= resolveDir(log);
  return pending;
}

async function resolveDir(log: (message: string) => void): Promise<string> {
  const manifest = parseManifest(await readFile(path.join(DEFAULT_GEODATA_DIR, 'manifest.json'), 'utf8'));
  const listed = manifest.outputs.some((o) => o.path === GRAPH_FILE);
  const present = await access(path.join(DEFAULT_GEODATA_DIR, GRAPH_FILE)).then(() => true, () => false);
  if (listed && present) return DEFAULT_GEODATA_DIR;

  const dir = await mkdtemp(path.join(os.tmpdir(), 'regiekaart-graph-'));
  log(`${GRAPH_FILE} is not in public/geodata yet: building it in ${dir}`);
  await cp(DEFAULT_GEODATA_DIR, dir, { recursive: true });
  const outputs = await step.run(createContext(DEFAULT_SOURCES_DIR, dir, () => {}, log));
  for (const output of outputs) {
    const data = typeof output.data === 'string' ? new TextEncoder().encode(output.data) : output.data;
    await writeFile(path.join(dir, output.path), data);
    manifest.outputs = manifest.outputs.filter((o) => o.path !== output.path);
    manifest.outputs.push({ path: output.path, sha256: await sha256Hex(data), bytes: data.byteLength, rows: output.rows, sources: output.sources });
  }
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}
