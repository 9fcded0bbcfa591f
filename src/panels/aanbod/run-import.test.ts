import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_LOCATIONS, FIXTURE_PC4, FIXTURE_QUALIFICATIONS } from '../../../test/fixtures/aanbod/context.ts';
import { parseAanbodBytes } from '../../data/aanbod/parse-csv.ts';
import { createDatasetStore, isModelledActive, type OfferStorage } from '../../state/dataset.ts';
import { type ImportSource, type ParseAanbod, runImport } from './run-import.ts';

// The worker's job, run in-process: the worker adapter itself is tested in workers/.
const parse: ParseAanbod = async (request, onProgress) =>
  parseAanbodBytes(new Uint8Array(request.bytes), { ...request, onProgress }).file;

const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures/aanbod');
const source = (name: string, lastModified = Date.UTC(2026, 10, 28)): ImportSource => ({
  name,
  lastModified,
  arrayBuffer: async () => new Uint8Array(readFileSync(path.join(FIXTURES, name))).buffer,
});
const storage = (): OfferStorage => {
  const map = new Map<string, string>();
  return {
    get: async (k) => map.get(k),
    set: async (k, v) => void map.set(k, v),
    del: async (k) => void map.delete(k),
  };
};

describe('runImport', () => {
  it('imports a good file, dates it, and makes it the active offer', async () => {
    const store = createDatasetStore(storage());
    const deps = {
      locations: FIXTURE_LOCATIONS,
      qualifications: FIXTURE_QUALIFICATIONS,
      loadPc4: async () => FIXTURE_PC4,
      parse,
      accept: store.getState().acceptImport,
    };
    const outcome = await runImport(source('mbo_opleidingsaanbod_comma_lf.csv'), deps);
    expect(outcome).toEqual({ ok: true, name: 'mbo_opleidingsaanbod_comma_lf.csv' });
    expect(isModelledActive(store.getState())).toBe(false);
    expect(store.getState().imported?.provenance).toMatchObject({
      source: 'mbo_opleidingsaanbod_comma_lf.csv',
      date: '2026-11-28',
    });
  });

  it('leaves the previous offer active when a file cannot be used, naming the missing columns', async () => {
    const store = createDatasetStore(storage());
    const deps = {
      locations: FIXTURE_LOCATIONS,
      qualifications: FIXTURE_QUALIFICATIONS,
      loadPc4: async () => FIXTURE_PC4,
      parse,
      accept: store.getState().acceptImport,
    };
    await runImport(source('mbo_opleidingsaanbod_comma_lf.csv'), deps);
    const before = store.getState().imported;
    for (const bad of ['missing_columns.csv', 'not_a_csv.xlsx']) {
      const outcome = await runImport(source(bad), deps);
      expect(outcome).toMatchObject({
        ok: false,
        name: bad,
        message: expect.stringMatching(/ERKENDEOPLEIDINGSCODE, POSTCODE/),
      });
      expect(store.getState().imported).toBe(before);
      expect(store.getState().active).toBe('imported');
    }
  });

  it('reports a failure to load the PC4 points without changing the offer', async () => {
    const store = createDatasetStore(storage());
    const outcome = await runImport(source('mbo_opleidingsaanbod_comma_lf.csv'), {
      locations: FIXTURE_LOCATIONS,
      qualifications: FIXTURE_QUALIFICATIONS,
      loadPc4: async () => {
        throw new Error('pc4.json: HTTP 404 Not Found');
      },
      parse,
      accept: store.getState().acceptImport,
    });
    expect(outcome).toEqual({
      ok: false,
      name: 'mbo_opleidingsaanbod_comma_lf.csv',
      message: 'pc4.json: HTTP 404 Not Found',
    });
    expect(store.getState().imported).toBeNull();
  });
});
