import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Grid, Manifest } from '../../../src/data/geodata/index.ts';
import {
  decodeGrid,
  GEODATA_FILES,
  loadVerifiedGraph,
  parseManifest,
  verifyAgainstManifest,
} from '../../../src/data/geodata/index.ts';
import type { TravelGraph } from '../../../src/engine/graph/types.ts';

/** public/geodata of this checkout. */
export const DEFAULT_GEODATA_DIR = path.resolve(import.meta.dirname, '../../../public/geodata');

export interface TravelData {
  manifest: Manifest;
  grid: Grid;
  graph: TravelGraph;
}

async function readIn(dir: string, file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path.join(dir, file)));
  } catch {
    throw new Error(`${path.join(dir, file)} is missing: run \`npm run data\` first`);
  }
}

/** Reads manifest.json, grid.bin and graph.bin from `dir`, checking both binaries against the manifest. */
export async function loadTravelData(dir = DEFAULT_GEODATA_DIR): Promise<TravelData> {
  const manifest = parseManifest(new TextDecoder().decode(await readIn(dir, GEODATA_FILES.manifest)));
  const gridBytes = await readIn(dir, GEODATA_FILES.grid);
  await verifyAgainstManifest(manifest, GEODATA_FILES.grid, gridBytes);
  const grid = decodeGrid(gridBytes);
  const graph = await loadVerifiedGraph(await readIn(dir, GEODATA_FILES.graph), manifest);
  if (graph.cellCount !== grid.count) {
    throw new Error(
      `${GEODATA_FILES.graph} was built for ${graph.cellCount} cells but grid.bin has ${grid.count}: run \`npm run data\` again`,
    );
  }
  return { manifest, grid, graph };
}
