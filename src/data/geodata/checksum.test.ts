import { describe, expect, it } from 'vitest';
import { sha256Hex, verifyAgainstManifest, verifySha256 } from './checksum.ts';
import { GeodataChecksumError } from './errors.ts';
import type { Manifest } from './types.ts';

const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('checksums', () => {
  it('computes the standard SHA-256 of "abc" from text, bytes and a buffer', async () => {
    const bytes = new TextEncoder().encode('abc');
    expect(await sha256Hex('abc')).toBe(ABC);
    expect(await sha256Hex(bytes)).toBe(ABC);
    expect(await sha256Hex(bytes.buffer as ArrayBuffer)).toBe(ABC);
  });

  it('gives the same digest with WebCrypto and without it (plain http), also of a view into a larger buffer', async () => {
    const buffer = new Uint8Array(300_001).map((_, i) => (i * 7919) % 251);
    const view = buffer.subarray(17, 299_999);
    for (const data of ['abc', view, buffer.buffer as ArrayBuffer]) {
      expect(await sha256Hex(data, undefined)).toBe(await sha256Hex(data, globalThis.crypto.subtle));
    }
    expect(await sha256Hex('abc', undefined)).toBe(ABC);
  });

  it('accepts matching data and rejects a corrupt file with a GeodataError naming it', async () => {
    await expect(verifySha256('graph.bin', 'abc', ABC)).resolves.toBeUndefined();
    const failure = verifySha256('graph.bin', 'abd', ABC);
    await expect(failure).rejects.toBeInstanceOf(GeodataChecksumError);
    await expect(failure).rejects.toMatchObject({ file: 'graph.bin' });
  });

  it('checks against the manifest entry, and rejects a file the manifest does not list', async () => {
    const manifest: Manifest = {
      formatVersion: 1,
      outputs: [{ path: 'graph.bin', sha256: ABC, bytes: 3, rows: 1, sources: [] }],
      sources: [],
    };
    await expect(verifyAgainstManifest(manifest, 'graph.bin', 'abc')).resolves.toBeUndefined();
    await expect(verifyAgainstManifest(manifest, 'graph.bin', 'xyz')).rejects.toThrow(/corrupt or out of date/);
    await expect(verifyAgainstManifest(manifest, 'other.bin', 'abc')).rejects.toThrow(/not listed in manifest.json/);
  });
});
