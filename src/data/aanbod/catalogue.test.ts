import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_QUALIFICATIONS, fixtureContext } from '../../../test/fixtures/aanbod/context.ts';
import { domainOf } from '../../engine/offer/domain.ts';
import { mergeQualifications, safeWebsite } from './catalogue.ts';
import { parseOfferFile, serializeOfferFile } from './offer-file.ts';
import { parseAanbodCsv } from './parse-csv.ts';

// A DUO-layout file (made for the tests) with two qualifications newer than the bundled lists
// (25913 Hoefsmid, 25978 Vakbekwaam medewerker voeding, technologie en techniek) and a name that
// differs from the list (25180).
const NEW = 'mbo_opleidingsaanbod_2026_nieuwe_kwalificaties.csv';
const text = readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/aanbod', NEW), 'utf8');
const { file } = parseAanbodCsv(text, fixtureContext(NEW));
const catalogue = file.catalogue!;
const merged = mergeQualifications(FIXTURE_QUALIFICATIONS, catalogue.qualifications).qualifications;
const byCrebo = new Map(merged.map((q) => [q.crebo, q]));

describe('names from the DUO file', () => {
  it('keeps per crebo the name, domain, dossier, niveau and leerwegen the file gives', () => {
    expect(catalogue.qualifications.find((q) => q.crebo === '25913')).toEqual({
      crebo: '25913',
      naam: 'Hoefsmid',
      domein: 'Voedsel, natuur en leefomgeving',
      dossier: '23313',
      niveau: 2,
      leerwegen: ['BBL', 'BOL'],
    });
  });

  it('adds a qualification the bundled list lacks, marked as coming from the file', () => {
    expect(FIXTURE_QUALIFICATIONS.some((q) => q.crebo === '25978')).toBe(false);
    const q = byCrebo.get('25978')!;
    expect(q).toMatchObject({
      naam: 'Vakbekwaam medewerker voeding, technologie en techniek',
      niveau: 3,
      bron: 'duo-bestand',
      dossierCrebo: '23314',
      // A DUO file has no prijsfactor: unknown, not guessed.
      prijsfactor: null,
    });
    expect(domainOf(q)).toBe('Voedsel, natuur en leefomgeving');
  });

  it('lets the file win for names and lists the disagreement; case alone is no conflict', () => {
    expect(byCrebo.get('25180')?.naam).toBe('Kok (horeca)');
    expect(catalogue.conflicts).toEqual([
      { crebo: '25180', field: 'naam', bundled: 'Kok', file: 'Kok (horeca)', winner: 'file' },
    ]);
    expect(byCrebo.get('25480')?.naam).toBe('Mbo-verpleegkundige');
    expect(byCrebo.get('25180')?.bronnen).toEqual(['kwalificatiestructuur-2015', 'duo-bestand']);
  });

  it('keeps the list domain and niveau when they disagree, and fills them when the list has none', () => {
    const list = [
      { ...FIXTURE_QUALIFICATIONS[0], crebo: '11111', domein: 'Bouw en infra', niveau: 2 as const },
      { ...FIXTURE_QUALIFICATIONS[0], crebo: '22222', domein: null, niveau: null, niveauBekend: false },
    ];
    const file = [
      { crebo: '11111', naam: null, domein: 'Techniek', dossier: null, niveau: 3 as const, leerwegen: [] },
      { crebo: '22222', naam: null, domein: 'Zorg en welzijn', dossier: null, niveau: 4 as const, leerwegen: [] },
    ];
    const { qualifications, conflicts } = mergeQualifications(list, file);
    expect(qualifications[0]).toMatchObject({ domein: 'Bouw en infra', niveau: 2 });
    expect(qualifications[1]).toMatchObject({ domein: 'Zorg en welzijn', niveau: 4, niveauBekend: true });
    expect(conflicts.map((c) => `${c.field}:${c.winner}`)).toEqual(['domein:bundled', 'niveau:bundled']);
  });

  it('keeps EIGENNAAM and a safe WEBSITE per programme-location', () => {
    const detail = (crebo: string, vestiging: string) =>
      catalogue.details.find((d) => d.crebo === crebo && d.vestiging === vestiging);
    expect(detail('25913', '14YD01')).toEqual({
      crebo: '25913',
      vestiging: '14YD01',
      eigennaam: 'Hoefsmid (BBL, Westland)',
      website: 'https://www.lentiz.nl/opleidingen/hoefsmid',
    });
    expect(detail('25978', '00GT00')?.website).toBe('https://www.albeda.nl/food-tech');
    expect(detail('25180', '00GT00')).toEqual({ crebo: '25180', vestiging: '00GT00', eigennaam: 'Kok', website: null });
  });

  it('round-trips through the offer file, and a stored unsafe link is refused', () => {
    const back = parseOfferFile(serializeOfferFile(file), 'aanbod.json');
    expect(back.catalogue).toEqual(catalogue);
    const tampered = JSON.parse(serializeOfferFile(file));
    tampered.catalogue.details[0].website = 'javascript:alert(1)';
    expect(() => parseOfferFile(tampered, 'stored import')).toThrow(/http\(s\) URL/);
  });
});

describe('safeWebsite', () => {
  it.each([
    ['https://www.school.nl/a?b=1', 'https://www.school.nl/a?b=1'],
    ['http://school.nl', 'http://school.nl/'],
    ['www.school.nl', 'https://www.school.nl/'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['mailto:a@b.nl', null],
    ['niet een adres', null],
    ['', null],
  ])('%s → %s', (raw, expected) => expect(safeWebsite(raw)).toBe(expected));
});
