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
 * Lower-case hex SHA-256. WebCrypto where the page has it (https, localhost, the portable file,
 * Node): native, and off the main thread, which at startup is busy building the map. Over plain
 * http on a school network `crypto.subtle` does not exist (it is for secure contexts only), and
 * @noble/hashes computes the same digest in JavaScript (graph.bin, 3.7 MB, in about 30 ms).
 * `subtle` is a parameter so the tests can check that both give the same digest.
 */
export async function sha256Hex(
  data: Bytes,
  subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle,
): Promise<string> {
  const bytes = toBytes(data);
  if (subtle) return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
  return bytesToHex(sha256(bytes));
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
