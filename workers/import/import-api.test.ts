import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_LOCATIONS, FIXTURE_PC4, FIXTURE_QUALIFICATIONS } from '../../test/fixtures/aanbod/context.ts';
import type { FromWorker } from '../protocol/messages.ts';
import { createDispatcher } from '../protocol/serve-worker.ts';
import { createImportApi } from './import-api.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../test/fixtures');
const bytesOf = (file: string) => new Uint8Array(readFileSync(path.join(FIXTURES, file))).buffer;
const request = (file: string) => ({
  bytes: bytesOf(file),
  locations: FIXTURE_LOCATIONS,
  qualifications: FIXTURE_QUALIFICATIONS,
  pc4: FIXTURE_PC4,
  fileName: 'x.csv',
  fileDate: null,
});

describe('the import worker API', () => {
  it('parses an offer file and reports progress up to 1', () => {
    const progress: number[] = [];
    const file = createImportApi((f) => progress.push(f)).aanbod(
      request('aanbod/mbo_opleidingsaanbod_2026_nieuwe_kwalificaties.csv'),
    );
    expect(file.rows.some((r) => r.crebo === '25978')).toBe(true);
    expect(progress.at(-1)).toBe(1);
  });

  it('reads an indicator table', () => {
    const table = createImportApi(() => {}).table(
      bytesOf('indicators/studenten_per_crebo_vestiging.csv'),
      'studenten.csv',
    );
    expect(table.header[0]).toBe('Crebo');
  });

  it('answers over the protocol with progress for the call, then the result or the reason', async () => {
    const messages: FromWorker[] = [];
    const dispatch = createDispatcher(createImportApi(), (m) => messages.push(m));
    await dispatch({
      kind: 'call',
      id: 7,
      method: 'aanbod',
      args: [request('aanbod/mbo_opleidingsaanbod_2026_nieuwe_kwalificaties.csv')],
    });
    expect(messages.at(-2)).toEqual({ kind: 'progress', id: 7, fraction: 1 });
    expect(messages.at(-1)).toMatchObject({ kind: 'result', id: 7 });
    await dispatch({ kind: 'call', id: 8, method: 'aanbod', args: [request('aanbod/missing_columns.csv')] });
    expect(messages.at(-1)).toMatchObject({
      kind: 'error',
      id: 8,
      message: expect.stringMatching(/ERKENDEOPLEIDINGSCODE/),
    });
  });
});
