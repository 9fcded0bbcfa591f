import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../test/fixtures/aanbod/context.ts';
import { parseAanbodCsv } from '../data/aanbod/parse-csv.ts';
import { type RejectReason, rejectReasonText } from '../data/aanbod/reject-reason.ts';
import { type JoinReason, joinReasonText } from '../engine/indicators/join-reason.ts';
import { describeLineProblem } from './line-problem.ts';

const worded = (why: RejectReason, lang: 'nl' | 'en') =>
  describeLineProblem({ reason: rejectReasonText(why), why }, lang);

const MAIN = 'mbo_opleidingsaanbod_semicolon_bom_crlf.csv';
const text = readFileSync(path.resolve(import.meta.dirname, '../../test/fixtures/aanbod', MAIN), 'utf8');
const { report } = parseAanbodCsv(text, fixtureContext(MAIN));

describe('a rejected row’s reason, in the user’s language', () => {
  it('words every reason the fixture rejects in Dutch, headed by the DUO column', () => {
    const dutch = Object.fromEntries(report.rejected.map((row) => [row.line, describeLineProblem(row, 'nl')]));
    expect(dutch).toEqual({
      11: 'ERKENDEOPLEIDINGSCODE: de crebo ontbreekt',
      12: 'ERKENDEOPLEIDINGSCODE: crebo "2518O" is geen getal van 5 cijfers',
      13: 'POSTCODE: postcode "3O71AL" is geen geldige postcode (verwacht: 4 cijfers en 2 letters)',
      14: 'POSTCODE: postcode "B-2000" ligt niet in Nederland (buitenlandse notatie)',
      15: 'POSTCODE: postcode "1000AA" ligt niet in Nederland (geen PC4-gebied 1000)',
      20: 'MBONIVEAU: niveau onbekend: MBONIVEAU is leeg en crebo 25854 heeft geen niveau in de kwalificatielijst',
      21: 'LEERTRAJECT: "DUAAL" is geen BOL, BOL_VT, BOL_DT of BBL',
      25: 'POSTCODE: postcode "7005" mist de twee letters',
    });
  });

  it('is in English the text the CLI prints and the file stores', () => {
    for (const row of report.rejected) expect(describeLineProblem(row, 'en')).toBe(row.reason);
  });

  it.each<[RejectReason, string]>([
    [{ code: 'field-count', found: 5, expected: 6 }, 'de rij heeft 5 velden, de kopregel 6'],
    [
      { code: 'unreadable', papaCode: 'MissingQuotes', detail: 'Quoted field unterminated' },
      'de rij is niet te lezen: een veld tussen aanhalingstekens wordt niet afgesloten',
    ],
    [
      { code: 'niveau', value: 'zes', crebo: '99999', listed: false },
      'MBONIVEAU: niveau onbekend: MBONIVEAU "zes" is geen niveau en crebo 99999 staat niet in de kwalificatielijst',
    ],
    [
      { code: 'postcode', postcode: { problem: 'never-issued', value: '1234 SS', letters: 'SS' } },
      'POSTCODE: postcode "1234 SS" heeft de letters SS, die nooit worden uitgegeven',
    ],
    [{ code: 'postcode', postcode: { problem: 'empty' } }, 'POSTCODE: de postcode is leeg'],
  ])('words %o in Dutch, and differently from the English', (reason, expected) => {
    expect(worded(reason, 'nl')).toBe(expected);
    expect(worded(reason, 'en')).toBe(rejectReasonText(reason));
    expect(rejectReasonText(reason)).not.toBe(expected);
  });

  it('keeps the stored English reason of a row from a file saved before reasons were data', () => {
    expect(describeLineProblem({ reason: 'POSTCODE: postcode is empty' }, 'nl')).toBe('POSTCODE: postcode is empty');
  });
});

describe('a line of own figures that gives no figure, in the user’s language', () => {
  it.each<[JoinReason, string, string]>([
    [{ code: 'not-a-number', value: 'veel' }, '"veel" is geen getal', '"veel" is not a number'],
    [
      { code: 'not-offered-at', crebo: '25480', key: 'vestiging', value: '00GT00' },
      'crebo 25480 wordt in het actieve aanbod niet aangeboden op vestiging 00GT00',
      'crebo 25480 is not offered at vestiging 00GT00 in the active offer',
    ],
    [
      { code: 'key-unknown', key: 'brin', value: '99ZZ' },
      'instelling (BRIN) 99ZZ is onbekend',
      'institution (BRIN) 99ZZ is not known',
    ],
    [{ code: 'key-empty', key: 'region' }, 'regio is leeg', 'region is empty'],
    [{ code: 'crebo-empty' }, 'de crebo is leeg', 'crebo is empty'],
    [
      { code: 'crebo-malformed', value: '123' },
      'crebo "123" is geen getal van 5 cijfers',
      'crebo "123" is not five digits',
    ],
    [
      { code: 'crebo-not-in-offer', crebo: '11111' },
      'crebo 11111 zit niet in het actieve aanbod',
      'crebo 11111 is not in the active offer',
    ],
    [
      { code: 'gemeente-malformed', value: 'Rotterdam' },
      'gemeente "Rotterdam" is geen gemeentecode',
      'gemeente "Rotterdam" is not a gemeente code',
    ],
  ])('words %o in both languages', (why, dutch, english) => {
    expect(joinReasonText(why)).toBe(english);
    const line = { reason: joinReasonText(why), why };
    expect(describeLineProblem(line, 'nl')).toBe(dutch);
    expect(describeLineProblem(line, 'en')).toBe(english);
  });
});
