import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary } from './decode.ts';
import { detectDelimiter, lineCounter } from './delimiter.ts';

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = new TextEncoder().encode('crebo;naam\n25913;Hoefsmid één');
    expect(decodeText(plain)).toEqual({ text: 'crebo;naam\n25913;Hoefsmid één', encoding: 'utf-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeText(bom).text).toBe('crebo;naam\n25913;Hoefsmid één');
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    // "Café €5" as Excel on Windows saves it: é = 0xE9, € = 0x80.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35]);
    expect(decodeText(bytes)).toEqual({ text: 'Café €5', encoding: 'windows-1252' });
  });

  it('tells binary files apart', () => {
    expect(looksBinary('PK\u0003\u0004\u0000\u0000')).toBe(true);
    expect(looksBinary('a;b\n1;2')).toBe(false);
  });
});

describe('detectDelimiter', () => {
  it('picks the separator that splits the header most', () => {
    expect(detectDelimiter('A;B;C')).toBe(';');
    expect(detectDelimiter('A,B,C')).toBe(',');
    expect(detectDelimiter('A\tB\tC')).toBe('\t');
    expect(detectDelimiter('A')).toBe(';');
    expect(detectDelimiter('"a,b";c;d')).toBe(';');
  });
});

describe('lineCounter', () => {
  it('counts CRLF, LF and CR as one break each', () => {
    const text = 'a\r\nb\nc\rd';
    const line = lineCounter(text);
    expect([line(0), line(3), line(5), line(7)]).toEqual([1, 2, 3, 4]);
  });
});

describe('decodeText on the Windows-1252 range that Latin-1 lacks', () => {
  it('maps 0x80–0x9F as Windows does', () => {
    const bytes = new Uint8Array([0x80, 0x84, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x9f, 0xeb]);
    expect(decodeText(bytes).text).toBe('€„…‘’“”–—Ÿë');
  });
});
