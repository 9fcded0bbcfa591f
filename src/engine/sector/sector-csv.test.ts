import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { MODELLED_LABEL } from '../offer/modelled-label.ts';
import { SECTOR_CSV_COLUMNS, SECTOR_CSV_SOURCE, type SectorCsvContext, sectorCsv } from './sector-csv.ts';
import type { SectorRow } from './sector-table.ts';

const row = (over: Partial<SectorRow>): SectorRow => ({
  crebo: '25000',
  naam: 'Verzorgende IG',
  niveau: 3,
  domein: 'Zorg en welzijn',
  locations: 12,
  institutions: 7,
  allPlaces: [],
  stale: false,
  figures: { reached: 1234.6, share: 0.8765432, duplications: 4 },
  ...over,
});

const context: SectorCsvContext = {
  importedOffer: null,
  title: 'Opleidingsdomein: Zorg en welzijn',
  region: null,
  limitOf: (n) => n * 10,
  population:
    '15–24-jarigen in 2031: de kinderen van nu — 2026 en 2031: de kinderen van nu, zonder verhuizingen (geen prognose)',
};

function parse(csv: string) {
  return Papa.parse<string[]>(csv, { comments: '#', skipEmptyLines: true });
}

describe('sectorCsv', () => {
  it('writes the modelled label and the sources as comments, then a header and one row per qualification', () => {
    const csv = sectorCsv([row({}), row({ crebo: '25001', naam: 'Helpende' })], context);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(`# ${MODELLED_LABEL.nl}`);
    expect(lines).toContain(`# ${SECTOR_CSV_SOURCE}`);
    expect(lines).toContain(`# ${context.population}`);
    const parsed = parse(csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...SECTOR_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(3);
    // unformatted numbers: '.' decimals, no thousands separators
    expect(parsed.data[1]).toEqual([
      '25000',
      'Verzorgende IG',
      '3',
      'Zorg en welzijn',
      '12',
      '7',
      '0.876543',
      '1235',
      '4',
      '30',
      'nederland',
      'Nederland',
    ]);
  });

  it('names an imported offer instead of the modelled label', () => {
    const csv = sectorCsv([row({})], { ...context, importedOffer: 'DUO 2025-01-01' });
    expect(csv).not.toContain(MODELLED_LABEL.nl);
    expect(csv.split('\r\n')[0]).toBe('# Aanbod: DUO 2025-01-01');
  });

  it('quotes fields with commas, quotes and line breaks so they survive a round trip', () => {
    const naam = 'Kok, "zelfstandig"\nwerkend';
    const csv = sectorCsv([row({ naam, domein: 'Horeca en bakkerij' })], {
      ...context,
      region: { layer: 'provincie', name: 'Noord-Holland' },
    });
    expect(csv).toContain('"Kok, ""zelfstandig""\nwerkend"');
    const parsed = parse(csv);
    expect(parsed.data[1][1]).toBe(naam);
    expect(parsed.data[1].slice(-2)).toEqual(['provincie', 'Noord-Holland']);
  });

  it('escapes a name a spreadsheet would run as a formula', () => {
    const parsed = parse(sectorCsv([row({ naam: '=HYPERLINK("x")' })], context));
    expect(parsed.data[1][1]).toBe(`'=HYPERLINK("x")`);
  });

  it('leaves figures empty when missing or stale, never exporting old numbers as current', () => {
    const parsed = parse(sectorCsv([row({ figures: null }), row({ crebo: '25002', stale: true })], context));
    for (const line of parsed.data.slice(1)) expect(line.slice(6, 9)).toEqual(['', '', '']);
  });
});

describe('sectorCsv with the user own figures', () => {
  it('adds a column per figure and names its source in the notes', () => {
    const indicators = [
      { id: 'a', column: 'eigen: Studenten (studenten)', note: 'Eigen cijfer "Studenten": bron DUO, 2025' },
    ];
    const csv = sectorCsv([row({ indicators: { a: 48 } }), row({ crebo: '25001', indicators: { a: null } })], {
      ...context,
      indicators,
    });
    expect(csv).toContain('# Eigen cijfer "Studenten": bron DUO, 2025');
    const parsed = parse(csv);
    expect(parsed.data[0].at(-1)).toBe('eigen: Studenten (studenten)');
    expect(parsed.data[1].at(-1)).toBe('48');
    expect(parsed.data[2].at(-1)).toBe('');
  });
});
