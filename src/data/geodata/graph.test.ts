import { describe, expect, it } from 'vitest';
import { encodeGraph, GraphBuilder, MODE_CYCLE } from '../../engine/graph/index.ts';
import { sha256Hex } from './checksum.ts';
import { GeodataError } from './errors.ts';
import { loadVerifiedGraph } from './graph.ts';
import type { Manifest } from './types.ts';

async function manifestFor(bytes: Uint8Array): Promise<Manifest> {
  return {
    formatVersion: 1,
    outputs: [{ path: 'graph.bin', sha256: await sha256Hex(bytes), bytes: bytes.byteLength, rows: 1, sources: [] }],
    sources: [],
  };
}

describe('loadVerifiedGraph', () => {
  const b = new GraphBuilder(2);
  b.addEdge(0, 1, 3, MODE_CYCLE);
  const bytes = encodeGraph(b.build());

  it('loads a graph whose checksum matches the manifest', async () => {
    const graph = await loadVerifiedGraph(bytes, await manifestFor(bytes));
    expect(graph.edgeCount).toBe(1);
  });

  it('detects a corrupt graph through its checksum, even when the structure still decodes', async () => {
    const manifest = await manifestFor(bytes);
    const corrupt = bytes.slice();
    corrupt[corrupt.byteLength - 3] ^= 1; // a weight bit: structurally valid, wrong travel time
    await expect(loadVerifiedGraph(corrupt, manifest)).rejects.toThrow(/graph\.bin: is corrupt or out of date/);
  });

  it('reports a structural fault as a GeodataError naming graph.bin', async () => {
    const truncated = bytes.slice(0, 10);
    const error = await loadVerifiedGraph(truncated, await manifestFor(truncated)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeodataError);
    expect(error).toMatchObject({
      file: 'graph.bin',
      reason: expect.stringContaining('shorter than its 20-byte header'),
    });
  });

  it('refuses a graph the manifest does not list', async () => {
    await expect(loadVerifiedGraph(bytes, { formatVersion: 1, outputs: [], sources: [] })).rejects.toThrow(
      /not listed in manifest/,
    );
  });
});
