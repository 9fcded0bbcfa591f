import { GeodataError } from './errors.ts';
import type { Manifest } from './types.ts';

type Bytes = ArrayBuffer | ArrayBufferView | string;

function toBytes(data: Bytes): Uint8Array<ArrayBuffer> {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  // Copy so the digest gets a plain ArrayBuffer-backed view, whatever backs the caller's view.
  return new Uint8Array(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
}

/** Lower-case hex SHA-256 via WebCrypto, which both browsers and Node 20 provide. */
export async function sha256Hex(data: Bytes): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', toBytes(data));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Throws a GeodataError naming `file` when the data's SHA-256 differs from `expected`. */
export async function verifySha256(file: string, data: Bytes, expected: string): Promise<void> {
  const actual = await sha256Hex(data);
  if (actual !== expected.toLowerCase()) {
    throw new GeodataError(
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
