/**
 * Text of an uploaded file whose encoding nobody states. Files saved by Excel on Windows are
 * Windows-1252; DUO and most tools write UTF-8, with or without a byte-order mark. A byte
 * sequence that is valid UTF-8 is read as UTF-8 (Windows-1252 text with accented letters is
 * almost never valid UTF-8), anything else as Windows-1252, which maps every byte.
 */
export type TextEncodingName = 'utf-8' | 'windows-1252';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  try {
    // ignoreBOM: false (the default) drops a leading UTF-8 BOM.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, ‚, „, …, ‘, ’, “, ”, –, — and a few
 * more). Decoded here rather than with TextDecoder('windows-1252'), because Node's decoder reads
 * that label as Latin-1 and would give the CLI other text than the browser.
 */
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? C1.charCodeAt(b - 0x80) : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** True when the first bytes look binary (a NUL byte): an XLSX, PDF or image, never a CSV. */
export function looksBinary(text: string): boolean {
  return text.slice(0, 4096).includes('\u0000');
}
