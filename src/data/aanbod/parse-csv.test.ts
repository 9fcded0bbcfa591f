import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../test/fixtures/aanbod/context.ts';
import { AanbodFileError } from './errors.ts';
import { parseOfferFile, serializeOfferFile } from './offer-file.ts';
import { parseAanbodCsv } from './parse-csv.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures/aanbod');
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const parse = (name: string) => parseAanbodCsv(read(name), fixtureContext(name));

const MAIN = 'mbo_opleidingsaanbod_semicolon_bom_crlf.csv';
const COMMA = 'mbo_opleidingsaanbod_comma_lf.csv';

describe('parseAanbodCsv on the semicolon / BOM / CRLF fixture', () => {
  const { file, report } = parse(MAIN);
  const rowsAt = (vestiging: string) => file.rows.filter((r) => r.vestiging === vestiging);

  it('really is the case it claims to cover', () => {
    const raw = readFileSync(path.join(FIXTURES, MAIN));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(raw.toString('utf8')).toContain('\r\n');
    expect(raw.toString('utf8').split('\r\n')[0].split(';')).toHaveLength(33);
  });

  it('counts rows, duplicates and matches; blank lines are not rows', () => {
    expect(report).toMatchObject({ rows: 22, imported: 12, duplicates: 2, locations_matched: 11, locations_pc4: 1 });
    expect(report.rows).toBe(report.imported + report.duplicates + report.rejected.length);
    expect(file.provenance.counts).toMatchObject({
      locationsAddress: 10,
      locationsPostcode: 1,
      locationsPc4: 1,
      offerRows: 11,
    });
  });

  it('lists every rejected row with its 1-based line, even after quoted fields with line breaks', () => {
    expect(report.rejected.map((r) => r.line)).toEqual([11, 12, 13, 14, 15, 20, 21, 25]);
    const reason = (line: number) => report.rejected.find((r) => r.line === line)?.reason ?? '';
    expect(reason(11)).toMatch(/ERKENDEOPLEIDINGSCODE: crebo is missing/);
    expect(reason(12)).toMatch(/crebo "2518O" is malformed/);
    expect(reason(13)).toMatch(/POSTCODE: .*"3O71AL" is not a valid postcode/);
    expect(reason(14)).toMatch(/"B-2000" is not in the Netherlands/);
    expect(reason(15)).toMatch(/"1000AA" is not in the Netherlands \(no PC4 area 1000\)/);
    expect(reason(20)).toMatch(/MBONIVEAU: niveau unknown/);
    expect(reason(21)).toMatch(/LEERTRAJECT: "DUAAL"/);
    expect(reason(25)).toMatch(/"7005" lacks its two letters/);
  });

  it('matches postcode + house number first, normalising "3071 AL"; a quoted ";" and line break stay inside the field', () => {
    expect(rowsAt('00GT00')).toEqual(
      expect.arrayContaining([
        { crebo: '25180', vestiging: '00GT00', leerweg: 'BOL', niveau: 2 },
        { crebo: '25180', vestiging: '00GT00', leerweg: 'BBL', niveau: 2 },
        { crebo: '25128', vestiging: '00GT00', leerweg: 'BBL', niveau: 2 },
      ]),
    );
  });

  it('uses the institution name to pick between locations sharing one address', () => {
    expect(rowsAt('14YD01').map((r) => r.crebo)).toEqual(['25448']);
    expect(rowsAt('27GZ15').map((r) => r.crebo)).toEqual(['25251']);
    expect(rowsAt('00GT02')).toEqual([]);
  });

  it('falls back to the postcode alone when the house number differs, and matches house-number ranges', () => {
    expect(rowsAt('00GT01')).toContainEqual({ crebo: '25480', vestiging: '00GT01', leerweg: 'BOL', niveau: 4 });
    expect(rowsAt('31KE01')).toEqual([{ crebo: '25480', vestiging: '31KE01', leerweg: 'BOL', niveau: 4 }]);
  });

  it('places an unknown address at its PC4 point, as an approximate pseudo-location', () => {
    expect(rowsAt('PC4-7005')).toEqual([{ crebo: '25399', vestiging: 'PC4-7005', leerweg: 'BBL', niveau: 3 }]);
    expect(file.pseudoLocations).toEqual([
      {
        id: 'PC4-7005',
        pc4: '7005',
        lon: 6.29772,
        lat: 51.94877,
        plaats: 'Doetinchem',
        gemeente: 'Doetinchem',
        approximate: true,
      },
    ]);
  });

  it('reads every MBONIVEAU form, and takes the list niveau when it is empty or unclear', () => {
    const niveauOf = (crebo: string, vestiging: string) =>
      file.rows.find((r) => r.crebo === crebo && r.vestiging === vestiging)?.niveau;
    expect(niveauOf('25251', '27GZ15')).toBe(1); // "Entree"
    expect(niveauOf('25480', '00GT01')).toBe(4); // "Middenkaderopleiding"
    expect(niveauOf('25448', '14YD01')).toBe(2); // "Basisberoepsopleiding"
    expect(niveauOf('25399', 'PC4-7005')).toBe(3); // "Vakopleiding"
    expect(niveauOf('25854', '24ZZ05')).toBe(4); // "Specialistenopleiding", crebo without a list niveau
    expect(niveauOf('25480', '31KE01')).toBe(4); // empty → list
    expect(niveauOf('25400', '00GT00')).toBe(2); // "onbekend" → list
    expect(niveauOf('25400', '00GT01')).toBe(4); // the file's own digit wins over the list
  });

  it('merges rows that differ only in cohort or BOL variant into one offer row', () => {
    expect(rowsAt('00GT00').filter((r) => r.crebo === '25180' && r.leerweg === 'BOL')).toHaveLength(1);
  });

  it('round-trips through the offer-file format', () => {
    const text = serializeOfferFile(file);
    const back = parseOfferFile(text, 'aanbod.json');
    expect(back.kind).toBe('imported');
    expect(back.provenance.source).toBe(MAIN);
    expect(back.rejected).toEqual(report.rejected);
    expect(new Set(back.rows.map((r) => JSON.stringify(r)))).toEqual(new Set(file.rows.map((r) => JSON.stringify(r))));
    expect(serializeOfferFile(back)).toBe(text);
  });
});

describe('parseAanbodCsv on the comma / LF / fully quoted fixture', () => {
  const { file, report } = parse(COMMA);

  it('detects the comma separator and keeps commas inside quoted fields', () => {
    expect(read(COMMA).charCodeAt(0)).not.toBe(0xfeff);
    expect(read(COMMA)).not.toContain('\r');
    expect(report).toMatchObject({ rows: 7, imported: 5, duplicates: 0, locations_matched: 4, locations_pc4: 1 });
    expect(report.rejected).toEqual([
      {
        line: 7,
        reason: 'ERKENDEOPLEIDINGSCODE: crebo "2518" is malformed (expected 5 digits)',
        why: { code: 'crebo', crebo: { problem: 'malformed', value: '2518' } },
      },
      {
        line: 8,
        reason: 'POSTCODE: postcode "D-48143" is not in the Netherlands (foreign format)',
        why: { code: 'postcode', postcode: { problem: 'foreign', value: 'D-48143' } },
      },
    ]);
  });

  it('reads BOL_DT and BOL_VT as BOL, and "ENTREE" and "niveau 4" as niveaus', () => {
    expect(file.rows).toContainEqual({ crebo: '25250', vestiging: '27GZ15', leerweg: 'BOL', niveau: 1 });
    expect(file.rows).toContainEqual({ crebo: '25399', vestiging: 'PC4-7005', leerweg: 'BOL', niveau: 3 });
    expect(file.rows).toContainEqual({ crebo: '25480', vestiging: '00GT01', leerweg: 'BBL', niveau: 4 });
  });
});

describe('parseAanbodCsv on unusable files', () => {
  it('names the missing required columns', () => {
    expect(() => parse('missing_columns.csv')).toThrow(AanbodFileError);
    expect(() => parse('missing_columns.csv')).toThrow(/required columns missing: ERKENDEOPLEIDINGSCODE, POSTCODE/);
  });

  it('recognises a binary (non-CSV) file and still names the columns it needs', () => {
    expect(() => parse('not_a_csv.xlsx')).toThrow(
      /not_a_csv\.xlsx: is not a CSV text file.*ERKENDEOPLEIDINGSCODE, POSTCODE/,
    );
  });

  it('rejects text without separators, such as JSON', () => {
    expect(() => parseAanbodCsv('{"rows": []}\n', fixtureContext('aanbod.json'))).toThrow(
      /is not a CSV with ';', ',' or tab/,
    );
  });

  it('names only the column that is actually missing', () => {
    const error = (() => {
      try {
        parseAanbodCsv('ERKENDEOPLEIDINGSCODE;HUISNUMMER\n25180;1\n', fixtureContext());
      } catch (e) {
        return e as AanbodFileError;
      }
    })();
    expect(error?.missingColumns).toEqual(['POSTCODE']);
  });
});

describe('parseAanbodCsv row details', () => {
  const header = 'ERKENDEOPLEIDINGSCODE;POSTCODE;HUISNUMMER;LEERTRAJECT;MBONIVEAU;NAAM';

  it('rejects a row with the wrong number of fields and an unterminated quote, with the line', () => {
    const text = `${header}\n25180;3071AL;1101;BOL;2\n25180;3071AL;1101;BOL;2;"Albeda\n`;
    const { report } = parseAanbodCsv(text, fixtureContext());
    expect(report.rejected[0]).toEqual({
      line: 2,
      reason: 'the row has 5 fields but the header has 6',
      why: { code: 'field-count', found: 5, expected: 6 },
    });
    expect(report.rejected[1].line).toBe(3);
    expect(report.rejected[1].reason).toMatch(/cannot read the row/);
    expect(report.rejected[1].why).toMatchObject({ code: 'unreadable', papaCode: 'MissingQuotes' });
  });

  it('works without the optional columns: leerweg unknown, niveau from the list, postcode-only matching', () => {
    const { file, report } = parseAanbodCsv('ERKENDEOPLEIDINGSCODE,POSTCODE\n25480,3078WR\n', fixtureContext());
    expect(report.locations_matched).toBe(1);
    expect(file.rows).toEqual([{ crebo: '25480', vestiging: '00GT01', leerweg: null, niveau: 4 }]);
  });

  it('reads lone-CR line ends with correct line numbers', () => {
    const { report } = parseAanbodCsv(
      `${header}\r25180;3071AL;1101;BOL;2;Albeda\r;3071AL;1101;BOL;2;Albeda\r`,
      fixtureContext(),
    );
    expect(report.rejected).toEqual([
      {
        line: 3,
        reason: 'ERKENDEOPLEIDINGSCODE: crebo is missing',
        why: { code: 'crebo', crebo: { problem: 'missing' } },
      },
    ]);
  });
});
