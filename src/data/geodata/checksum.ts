import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { GeodataChecksumError, GeodataError } from './errors.ts';
import type { Manifest } from './types.ts';

type Bytes = ArrayBuffer | ArrayBufferView | string;

function toBytes(data: Bytes): Uint8Array {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Lower-case hex SHA-256. @noble/hashes rather than WebCrypto: `crypto.subtle` exists only in
 * secure contexts, and the app must verify its files also when served over plain http on a
 * school network. One code path everywhere (browser, worker, Node); graph.bin (3.7 MB) hashes
 * in about 30 ms. Async so callers need not change if a faster path is ever added.
 */
export async function sha256Hex(data: Bytes): Promise<string> {
  return bytesToHex(sha256(toBytes(data)));
}

/** Throws a GeodataError naming `file` when the data's SHA-256 differs from `expected`. */
export async function verifySha256(file: string, data: Bytes, expected: string): Promise<void> {
  const actual = await sha256Hex(data);
  if (actual !== expected.toLowerCase()) {
    throw new GeodataChecksumError(
      file,
      `is corrupt or out of date: its SHA-256 checksum is ${actual.slice(0, 12)}…, the manifest expects ${expected.slice(0, 12)}…`,
    );
  }
}

/** Checks a loaded file against its entry in the manifest (by path, e.g. "graph.bin"). */
export async function verifyAgainstManifest(manifest: Manifest, path: string, data: Bytes): Promise<void> {
  const entry = manifest.outputs.find((o) => o.path === path);
  if (!entry) throw new GeodataError(path, 'is not listed in manifest.json');
  await verifySha256(path, data, entry.sha256);
}
