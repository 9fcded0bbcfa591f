import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_LOCATIONS, FIXTURE_PC4, FIXTURE_QUALIFICATIONS } from '../test/fixtures/aanbod/context.ts';
import { handleImport } from './import-handler.ts';
import type { ImportResponse } from './import-protocol.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../test/fixtures');
const bytesOf = (file: string) => new Uint8Array(readFileSync(path.join(FIXTURES, file))).buffer;
const collect = (request: Parameters<typeof handleImport>[0]) => {
  const messages: ImportResponse[] = [];
  handleImport(request, (m) => messages.push(m));
  return messages;
};

describe('handleImport', () => {
  it('parses an offer file, ending with progress 1 and then the file', () => {
    const messages = collect({
      type: 'aanbod', bytes: bytesOf('aanbod/mbo_opleidingsaanbod_2026_nieuwe_kwalificaties.csv'),
      locations: FIXTURE_LOCATIONS, qualifications: FIXTURE_QUALIFICATIONS, pc4: FIXTURE_PC4, fileName: 'nieuw.csv', fileDate: null,
    });
    expect(messages.at(-2)).toEqual({ type: 'progress', fraction: 1 });
    const last = messages.at(-1)!;
    expect(last.type).toBe('aanbod');
    if (last.type === 'aanbod') expect(last.file.rows.some((r) => r.crebo === '25978')).toBe(true);
  });

  it('answers an unusable file with its reason', () => {
    const messages = collect({
      type: 'aanbod', bytes: bytesOf('aanbod/missing_columns.csv'),
      locations: FIXTURE_LOCATIONS, qualifications: FIXTURE_QUALIFICATIONS, pc4: FIXTURE_PC4, fileName: 'x.csv', fileDate: null,
    });
    expect(messages.at(-1)).toMatchObject({ type: 'error', message: expect.stringMatching(/ERKENDEOPLEIDINGSCODE/) });
  });

  it('reads an indicator table', () => {
    const messages = collect({ type: 'table', bytes: bytesOf('indicators/studenten_per_crebo_vestiging.csv'), fileName: 'studenten.csv' });
    const last = messages.at(-1)!;
    expect(last.type).toBe('table');
    if (last.type === 'table') expect(last.table.header[0]).toMatch(/crebo/i);
  });
});
