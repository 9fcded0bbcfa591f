import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeOfferFile } from '../../../src/data/aanbod/offer-file.ts';
import {
  type Institution,
  parseInstitutions,
  parseLocations,
  parseQualifications,
} from '../../../src/data/geodata/index.ts';
import { domainOf, VNL_DOMAIN } from '../../../src/engine/offer/domain.ts';
import type { OfferRow } from '../../../src/engine/offer/types.ts';
import { checkSoort, generateModelledOffer, institutionModel } from './generate.ts';
import { modelledOfferFile } from './step.ts';

// The committed derived files: the generator's real input.
const GEODATA = path.resolve(import.meta.dirname, '../../../public/geodata');
const read = (file: string) => readFileSync(path.join(GEODATA, file), 'utf8');
const locations = parseLocations(read('locations.json'));
const institutions = parseInstitutions(read('institutions.json'));
const qualifications = parseQualifications(read('qualifications.json'));
const input = { locations, institutions, qualifications };
const { rows } = generateModelledOffer(input);
const qualByCrebo = new Map(qualifications.map((q) => [q.crebo, q]));
const domainOfRow = (row: OfferRow) => domainOf(qualByCrebo.get(row.crebo)!);
const rowsAt = (vestiging: string) => rows.filter((r) => r.vestiging === vestiging);
const institutionByName = (pattern: RegExp) =>
  institutions.filter((i) => pattern.test(i.naam) && i.locaties.length > 0);

function averageLocationsPerCrebo(niveau: number): number {
  const perCrebo = new Map<string, Set<string>>();
  for (const row of rows)
    if (row.niveau === niveau) perCrebo.set(row.crebo, (perCrebo.get(row.crebo) ?? new Set()).add(row.vestiging));
  const sizes = [...perCrebo.values()].map((s) => s.size);
  return sizes.reduce((a, b) => a + b, 0) / sizes.length;
}

describe('generateModelledOffer', () => {
  it('is deterministic: the same seed gives the same bytes, another seed a different offer', () => {
    const again = generateModelledOffer(input).rows;
    expect(serializeOfferFile(modelledOfferFile(again))).toBe(serializeOfferFile(modelledOfferFile(rows)));
    const other = generateModelledOffer({ ...input, seed: 7 }).rows;
    expect(serializeOfferFile(modelledOfferFile(other))).not.toBe(serializeOfferFile(modelledOfferFile(rows)));
  });

  it('only uses real locations and listed qualifications, with the list niveau, once per leerweg', () => {
    const known = new Set(locations.map((l) => l.brinvest));
    for (const row of rows) {
      expect(known.has(row.vestiging)).toBe(true);
      expect(qualByCrebo.get(row.crebo)?.niveau).toBe(row.niveau);
    }
    const keys = rows.map((r) => `${r.crebo}|${r.vestiging}|${r.leerweg}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every location of an institution at least one programme', () => {
    const withOffer = new Set(rows.map((r) => r.vestiging));
    const withInstitution = institutions.flatMap((i) => i.locaties);
    expect(withInstitution.filter((id) => !withOffer.has(id))).toEqual([]);
  });

  it('has every AOC offer Voedsel, natuur en leefomgeving at every one of its locations', () => {
    const aocs = institutions.filter((i) => i.soort === 'aoc');
    expect(aocs.length).toBeGreaterThan(0);
    for (const aoc of aocs)
      for (const id of aoc.locaties) expect(rowsAt(id).some((r) => domainOfRow(r) === VNL_DOMAIN)).toBe(true);
  });

  it('gives each ROC its broadest offer, spanning many domains, at the main location', () => {
    const rocs = institutions.filter((i) => i.soort === 'roc' && i.locaties.length > 1);
    expect(rocs.length).toBeGreaterThan(10);
    for (const roc of rocs) {
      const crebos = (id: string) => new Set(rowsAt(id).map((r) => r.crebo)).size;
      const main = crebos(roc.hoofdlocatie);
      for (const id of roc.locaties) if (id !== roc.hoofdlocatie) expect(crebos(id)).toBeLessThan(main);
      expect(new Set(rowsAt(roc.hoofdlocatie).map(domainOfRow)).size).toBeGreaterThanOrEqual(10);
    }
  });

  it('keeps specialist institutions to their own domain', () => {
    const expectOnly = (pattern: RegExp, domains: string[]) => {
      const found = institutionByName(pattern);
      expect(found.length).toBeGreaterThan(0);
      for (const inst of found) {
        const offered = new Set(inst.locaties.flatMap(rowsAt).map(domainOfRow));
        expect(offered.size).toBeGreaterThan(0);
        for (const d of offered) expect(domains).toContain(d);
      }
    };
    expectOnly(/^STC\b/, ['Transport, scheepvaart en logistiek']);
    expectOnly(/Grafisch Lyceum/, ['Media en vormgeving', 'Informatie en communicatietechnologie']);
    expectOnly(/Mediacollege/, ['Media en vormgeving', 'Informatie en communicatietechnologie']);
    expectOnly(/Hout- en Meubilering/, ['Afbouw, hout en onderhoud']);
    expectOnly(/Kapper/, ['Uiterlijke verzorging']);
    expectOnly(/SVO vakopleiding food/, ['Horeca en bakkerij']);
  });

  it('spreads Entree and niveau 2 more widely than niveau 4', () => {
    const n1 = averageLocationsPerCrebo(1);
    const n2 = averageLocationsPerCrebo(2);
    const n4 = averageLocationsPerCrebo(4);
    expect(n2).toBeGreaterThan(n4 * 1.3);
    expect(n1).toBeGreaterThan(n4 * 1.3);
  });

  it('offers BBL only where the qualification allows it', () => {
    for (const row of rows) {
      const leerwegen = qualByCrebo.get(row.crebo)!.leerwegen;
      if (leerwegen.length > 0 && row.leerweg) expect(leerwegen).toContain(row.leerweg);
    }
  });
});

describe('institutionModel and checkSoort', () => {
  const base: Institution = {
    brin: '99ZZ',
    naam: '',
    afkorting: '',
    type: 'mbo',
    website: '',
    hoofdlocatie: '99ZZ00',
    locaties: [],
    soort: 'overig',
  };
  it('uses soort first, then the name', () => {
    expect(institutionModel({ ...base, soort: 'roc', naam: 'Kappersacademie' }).kind).toBe('roc');
    expect(institutionModel({ ...base, naam: 'Haarlemse Akademie' }).kind).toBe('general');
    expect(institutionModel({ ...base, naam: 'Kappers Opleiding Doetinchem' })).toMatchObject({
      kind: 'specialist',
      label: 'hairdressing and beauty',
    });
  });
  it('reports names that contradict the soort', () => {
    expect(checkSoort({ ...base, naam: 'ROC Ergens' })).toMatch(/name says ROC/);
    expect(checkSoort({ ...base, soort: 'vakinstelling', naam: 'Onbekend Instituut' })).toMatch(/not recognised/);
    expect(checkSoort({ ...base, soort: 'roc', naam: 'ROC Ergens' })).toBeNull();
  });
  it('finds no contradictions in the real institution list', () => {
    expect(institutions.map(checkSoort).filter(Boolean)).toEqual([]);
  });
});
