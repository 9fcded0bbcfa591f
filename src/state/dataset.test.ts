import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../test/fixtures/aanbod/context.ts';
import type { OfferFile } from '../data/aanbod/offer-file.ts';
import { parseAanbodCsv } from '../data/aanbod/parse-csv.ts';
import { activeOfferFile, createDatasetStore, isModelledActive, type OfferStorage, STORAGE_KEYS } from './dataset.ts';

const FIXTURE = path.resolve(
  import.meta.dirname,
  '../../test/fixtures/aanbod/mbo_opleidingsaanbod_semicolon_bom_crlf.csv',
);
const imported = parseAanbodCsv(readFileSync(FIXTURE, 'utf8'), fixtureContext('mbo_opleidingsaanbod.csv')).file;
const modelled: OfferFile = {
  ...imported,
  kind: 'modelled',
  pseudoLocations: [],
  rejected: [],
  rows: imported.rows.filter((r) => !r.vestiging.startsWith('PC4-')),
};

function memoryStorage(): OfferStorage & { map: Map<string, string>; failWrites: boolean } {
  const map = new Map<string, string>();
  return {
    map,
    failWrites: false,
    async get(key) {
      return map.get(key);
    },
    async set(key, value) {
      if (this.failWrites) throw new Error('QuotaExceededError');
      map.set(key, value);
    },
    async del(key) {
      map.delete(key);
    },
  };
}

describe('dataset store', () => {
  it('starts modelled, and counts as modelled even before anything is loaded', () => {
    const store = createDatasetStore(memoryStorage());
    expect(isModelledActive(store.getState())).toBe(true);
    store.getState().setModelled(modelled);
    expect(activeOfferFile(store.getState())).toBe(modelled);
  });

  it('activates and stores an import, and restores it after a reload', async () => {
    const storage = memoryStorage();
    const store = createDatasetStore(storage);
    store.getState().setModelled(modelled);
    await store.getState().acceptImport(imported);
    expect(isModelledActive(store.getState())).toBe(false);
    expect(storage.map.get(STORAGE_KEYS.active)).toBe('imported');

    const reloaded = createDatasetStore(storage);
    reloaded.getState().setModelled(modelled);
    await reloaded.getState().restore();
    expect(reloaded.getState().restored).toBe(true);
    expect(reloaded.getState().active).toBe('imported');
    expect(activeOfferFile(reloaded.getState())?.provenance.source).toBe('mbo_opleidingsaanbod.csv');
    expect(activeOfferFile(reloaded.getState())?.rejected).toEqual(imported.rejected);
  });

  it('switches back to the modelled offer and remembers that choice, keeping the import', async () => {
    const storage = memoryStorage();
    const store = createDatasetStore(storage);
    store.getState().setModelled(modelled);
    await store.getState().acceptImport(imported);
    await store.getState().setActive('modelled');
    expect(isModelledActive(store.getState())).toBe(true);

    const reloaded = createDatasetStore(storage);
    reloaded.getState().setModelled(modelled);
    await reloaded.getState().restore();
    expect(reloaded.getState().active).toBe('modelled');
    expect(reloaded.getState().imported).not.toBeNull();
    await reloaded.getState().setActive('imported');
    expect(isModelledActive(reloaded.getState())).toBe(false);
  });

  it('forgets an import on request', async () => {
    const storage = memoryStorage();
    const store = createDatasetStore(storage);
    await store.getState().acceptImport(imported);
    await store.getState().forgetImport();
    expect(store.getState().imported).toBeNull();
    expect(storage.map.has(STORAGE_KEYS.file)).toBe(false);
    await store.getState().setActive('imported');
    expect(store.getState().active).toBe('modelled');
  });

  it('keeps an import active in memory when storing fails, and says so', async () => {
    const storage = memoryStorage();
    storage.failWrites = true;
    const store = createDatasetStore(storage);
    await store.getState().acceptImport(imported);
    expect(store.getState().active).toBe('imported');
    expect(store.getState().storageError).toMatch(/QuotaExceeded/);
  });

  it('shows the modelled offer when the stored import is unreadable, without deleting it', async () => {
    const storage = memoryStorage();
    storage.map.set(STORAGE_KEYS.file, '{"format":"something else"}');
    storage.map.set(STORAGE_KEYS.active, 'imported');
    const store = createDatasetStore(storage);
    store.getState().setModelled(modelled);
    await store.getState().restore();
    expect(isModelledActive(store.getState())).toBe(true);
    expect(store.getState().storageError).toMatch(/stored import: not a Regiekaart offer file/);
    expect(storage.map.has(STORAGE_KEYS.file)).toBe(true);
  });

  it('refuses to take a modelled file as an import and vice versa', async () => {
    const store = createDatasetStore(memoryStorage());
    await expect(store.getState().acceptImport(modelled)).rejects.toThrow(/expected an imported/);
    expect(() => store.getState().setModelled(imported)).toThrow(/expected a modelled/);
  });
});

describe('the active offer in the dataset store', () => {
  const context = {
    locations: [{ brinvest: '00GT00', brin: '00GT', cell: 0, gemeente: null } as never],
    qualifications: [],
    cellLon: Float32Array.of(5),
    cellLat: Float32Array.of(52),
  };

  it('is built once the file and the context are in, and kept while neither changes', async () => {
    const store = createDatasetStore(memoryStorage());
    store.getState().setModelled(modelled);
    expect(store.getState().activeOffer).toBeNull();
    store.getState().setContext(context);
    const first = store.getState().activeOffer;
    expect(first?.modelled).toBe(true);
    expect(first?.file).toBe(modelled);
    await store.getState().setActive('modelled');
    expect(store.getState().activeOffer).toBe(first);
    await store.getState().acceptImport(imported);
    const second = store.getState().activeOffer;
    expect(second).not.toBe(first);
    expect(second?.modelled).toBe(false);
    // The import's PC4 pseudo-locations are places an edit may name.
    const pseudo = imported.pseudoLocations[0];
    expect(second?.catalogue.hasVestiging(pseudo.id)).toBe(true);
    expect(second?.catalogue.hasVestiging('99ZZ99')).toBe(false);
  });

  it('names the qualifications an imported DUO file adds, for the offer and its edits, and drops them with the model', async () => {
    const text = readFileSync(
      path.resolve(
        import.meta.dirname,
        '../../test/fixtures/aanbod/mbo_opleidingsaanbod_2026_nieuwe_kwalificaties.csv',
      ),
      'utf8',
    );
    const ctx = fixtureContext('nieuw.csv');
    const withNames = parseAanbodCsv(text, ctx).file;
    const store = createDatasetStore(memoryStorage());
    store.getState().setModelled(modelled);
    store.getState().setContext({
      locations: ctx.locations,
      qualifications: ctx.qualifications,
      cellLon: Float32Array.of(5),
      cellLat: Float32Array.of(52),
    });
    await store.getState().acceptImport(withNames);
    const active = store.getState().activeOffer!;
    expect(active.offer.qualification('25978')?.naam).toBe('Vakbekwaam medewerker voeding, technologie en techniek');
    expect(active.offer.domainOfCrebo('25978')).toBe('Voedsel, natuur en leefomgeving');
    expect(active.catalogue.qualification('25978')?.niveau).toBe(3);
    expect(active.qualifications.map((q) => q.crebo)).toContain('25978');
    await store.getState().setActive('modelled');
    expect(store.getState().activeOffer!.qualifications.map((q) => q.crebo)).not.toContain('25978');
  });

  it('changes in the same update as the file, so no subscriber sees them apart', async () => {
    const store = createDatasetStore(memoryStorage());
    store.getState().setModelled(modelled);
    store.getState().setContext(context);
    const seen: boolean[] = [];
    store.subscribe((s) => seen.push(s.activeOffer?.file === activeOfferFile(s)));
    await store.getState().acceptImport(imported);
    await store.getState().forgetImport();
    expect(seen.every(Boolean)).toBe(true);
  });
});
