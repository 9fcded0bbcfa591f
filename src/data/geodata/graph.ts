import { decodeGraph, GraphFormatError, type TravelGraph } from '../../engine/graph/index.ts';
import { verifyAgainstManifest } from './checksum.ts';
import { GeodataError } from './errors.ts';
import { GEODATA_FILES } from './files.ts';
import type { Manifest } from './types.ts';

/**
 * Decodes graph.bin (the codec lives in the engine) and reports a structural fault as a
 * GeodataError naming the file, like every other geodata file.
 */
export function decodeGraphFile(bytes: ArrayBuffer | Uint8Array): TravelGraph {
  try {
    return decodeGraph(bytes, GEODATA_FILES.graph);
  } catch (error) {
    if (error instanceof GraphFormatError) {
      throw new GeodataError(GEODATA_FILES.graph, error.reason, { cause: error });
    }
    throw error;
  }
}

/**
 * Verifies graph.bin against its SHA-256 in the manifest, then decodes it. A corrupt or stale
 * file fails here with a GeodataError naming graph.bin, before any search runs on it.
 */
export async function loadVerifiedGraph(bytes: ArrayBuffer | Uint8Array, manifest: Manifest): Promise<TravelGraph> {
  await verifyAgainstManifest(manifest, GEODATA_FILES.graph, bytes);
  return decodeGraphFile(bytes);
}
