import { verifyAgainstManifest } from '../../data/geodata/checksum.ts';
import type { Manifest } from '../../data/geodata/types.ts';
import { decodeGraph } from './codec.ts';
import type { TravelGraph } from './types.ts';

/** Name of the graph file in public/geodata/ and in the manifest. */
export const GRAPH_FILE = 'graph.bin';

/**
 * Verifies graph.bin against its SHA-256 in the manifest, then decodes it. A corrupt or stale
 * file fails here with a GeodataError naming graph.bin, before any search runs on it.
 */
export async function loadVerifiedGraph(bytes: ArrayBuffer | Uint8Array, manifest: Manifest): Promise<TravelGraph> {
  await verifyAgainstManifest(manifest, GRAPH_FILE, bytes);
  return decodeGraph(bytes, GRAPH_FILE);
}
