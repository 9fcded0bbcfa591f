import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../test/fixtures/aanbod/context.ts';
import { parseAanbodCsv } from '../data/aanbod/parse-csv.ts';
import { type RejectReason, rejectReasonText } from '../data/aanbod/reject-reason.ts';
import { describeRejectedRow, describeRejectReason } from './reject-reason.ts';

const MAIN = 'mbo_opleidingsaanbod_semicolon_bom_crlf.csv';
const text = readFileSync(path.resolve(import.meta.dirname, '../../test/fixtures/aanbod', MAIN), 'utf8');
const { report } = parseAanbodCsv(text, fixtureContext(MAIN));

describe('a rejected row’s reason, in the user’s language', () => {
  it('words every reason the fixture rejects in Dutch, headed by the DUO column', () => {
    const dutch = Object.fromEntries(report.rejected.map((row) => [row.line, describeRejectedRow(row, 'nl')]));
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
    for (const row of report.rejected) expect(describeRejectedRow(row, 'en')).toBe(row.reason);
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
    expect(describeRejectReason(reason, 'nl')).toBe(expected);
    expect(describeRejectReason(reason, 'en')).toBe(rejectReasonText(reason));
    expect(rejectReasonText(reason)).not.toBe(expected);
  });

  it('keeps the stored English reason of a row from a file saved before reasons were data', () => {
    expect(describeRejectedRow({ line: 7, reason: 'POSTCODE: postcode is empty' }, 'nl')).toBe(
      'POSTCODE: postcode is empty',
    );
  });
});
