import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_LOCATIONS, FIXTURE_QUALIFICATIONS, fixtureContext } from '../../test/fixtures/aanbod/context.ts';
import { mergeQualifications } from '../data/aanbod/catalogue.ts';
import { parseAanbodBytes } from '../data/aanbod/parse-csv.ts';
import { indicatorsFromTable } from '../data/indicators/from-table.ts';
import { readTable } from '../data/table/read-table.ts';
import { guessColumns } from '../engine/indicators/keys.ts';
import { Offer } from '../engine/offer/offer.ts';
import type { OfferStorage } from './dataset.ts';
import { indicatorValues, joinContextFor, programmeKey, smallProgrammes, valueAtLocation } from './indicator-values.ts';
import { CATEGORIES_KEY, createIndicatorStore, INDICATORS_KEY } from './indicators.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../test/fixtures');
const read = (file: string) => new Uint8Array(readFileSync(path.join(FIXTURES, file)));

// The DUO fixture with new qualifications as the active offer, and students per crebo and vestiging.
const { file } = parseAanbodBytes(read('aanbod/mbo_opleidingsaanbod_2026_nieuwe_kwalificaties.csv'), fixtureContext());
const qualifications = mergeQualifications(FIXTURE_QUALIFICATIONS, file.catalogue!.qualifications).qualifications;
const offer = new Offer(file.rows, { locations: FIXTURE_LOCATIONS, qualifications });
const table = readTable(read('indicators/studenten_per_crebo_vestiging.csv'), 'studenten.csv');
const [students] = indicatorsFromTable(
  table,
  guessColumns(table.header, table.rows).map((g) => g.role),
  new Map(),
  '2026-12-01T10:00:00.000Z',
);
const values = indicatorValues(students, joinContextFor(offer, FIXTURE_LOCATIONS));

describe('indicator values on the active offer', () => {
  it('joins students per crebo and vestiging, with the reasons for the rest', () => {
    expect(values.join.matched.map((m) => m.line)).toEqual([2, 3, 4, 5, 6]);
    expect(values.join.unmatched.map(({ line, reason }) => ({ line, reason }))).toEqual([
      { line: 7, reason: 'vestiging 99ZZ99 is not known' },
      { line: 8, reason: 'crebo 25480 is not offered at vestiging 00GT00 in the active offer' },
    ]);
    expect(values.join.duplicates).toEqual([{ line: 9, firstLine: 2 }]);
    expect(values.byProgramme.get(programmeKey('25913', '14YD01'))).toBe(12);
  });

  it('gives the same national figure per crebo as the sum over its programme-locations', () => {
    for (const [crebo, total] of values.byCrebo) {
      const perLocation = [...values.byProgramme]
        .filter(([key]) => key.startsWith(`${crebo}|`))
        .reduce((sum, [, v]) => sum + v, 0);
      expect(total).toBe(perLocation);
    }
    expect(values.byCrebo.get('25978')).toBe(48 + 8);
  });

  it('adds up a location over its programmes, optionally only the chosen crebos', () => {
    expect(valueAtLocation(values, offer, '00GT00', null)).toBe(48 + 230);
    expect(valueAtLocation(values, offer, '00GT00', new Set(['25180']))).toBe(230);
    expect(valueAtLocation(values, offer, '31KE01', null)).toBeNull();
  });

  it('flags programme-locations under the threshold', () => {
    expect([...smallProgrammes(values, 20)].sort()).toEqual(['25913|14YD01', '25978|01OE01']);
  });
});

describe('the indicator store', () => {
  const storage = (): OfferStorage & { map: Map<string, string> } => {
    const map = new Map<string, string>();
    return {
      map,
      get: async (k) => map.get(k),
      set: async (k, v) => void map.set(k, v),
      del: async (k) => void map.delete(k),
    };
  };

  it('keeps the figures across a reload and removes them on request', async () => {
    const store = storage();
    const first = createIndicatorStore(store);
    await first.getState().add([students]);
    first.getState().setSizeBy(students.id);
    const reloaded = createIndicatorStore(store);
    await reloaded.getState().restore();
    expect(reloaded.getState().indicators).toEqual([students]);
    await first.getState().remove(students.id);
    expect(first.getState().sizeBy).toBeNull();
    expect(store.map.has(INDICATORS_KEY)).toBe(false);
  });

  it('keeps what it had when the stored text is damaged, and says why', async () => {
    const store = storage();
    store.map.set(INDICATORS_KEY, JSON.stringify([{ ...students, records: [{ line: 0, keys: {}, value: 'x' }] }]));
    const s = createIndicatorStore(store);
    await s.getState().restore();
    expect(s.getState().indicators).toEqual([]);
    expect(s.getState().storageError).toMatch(/stored indicators/);
    expect(store.map.has(INDICATORS_KEY)).toBe(true);
  });

  it('keeps categories per institution across a reload; removing the one duplication is counted by turns the toggle off', async () => {
    const store = storage();
    const denominatie = {
      id: 'T#c1',
      name: 'Denominatie',
      source: '',
      date: '',
      provenance: { fileName: 'd.csv', column: 'Denominatie', importedAt: 'T', errors: [] },
      byBrin: { '00GT': 'Openbaar' },
    };
    const first = createIndicatorStore(store);
    await first.getState().addCategories([denominatie]);
    first.getState().setIdentity(denominatie.id);
    const reloaded = createIndicatorStore(store);
    await reloaded.getState().restore();
    expect(reloaded.getState().categories).toEqual([denominatie]);
    // The toggle itself is a view choice, not stored: a reload counts duplication between all again.
    expect(reloaded.getState().identity).toBeNull();
    await first.getState().removeCategory(denominatie.id);
    expect(first.getState().identity).toBeNull();
    expect(store.map.has(CATEGORIES_KEY)).toBe(false);
  });
});
