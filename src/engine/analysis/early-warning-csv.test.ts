import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { earlyWarningCsv, KWETSBAAR_COLUMNS, kwetsbaarCsv } from './early-warning-csv.ts';
import type { ProgrammeLocation } from './programme-locations.ts';

const location = (vestiging: string, sole: number, mean: number | null): ProgrammeLocation => ({
  crebo: '25180',
  vestiging,
  niveau: 2,
  placed: true,
  sole,
  soleKrimp: sole / 2,
  soleAnticipeer: 0,
  soleBuckets: new Uint16Array(0),
  soleCounts: new Float64Array(0),
  extraPeople: mean === null ? 0 : 10,
  extraMeanMinutes: mean,
  extraHistogram: new Float64Array(0),
});

describe('early-warning CSV', () => {
  const rows = [location('00AA00', 1234.6, 12.345), location('00BB00', 0, null)];

  it('prints the CLI columns: whole people, two decimals, empty without anyone affected', () => {
    expect(kwetsbaarCsv(rows)).toBe(
      'crebo,vestiging,niveau,alleen_bereik,alleen_bereik_krimp,alleen_bereik_anticipeer,extra_minuten_gemiddeld\n' +
        '25180,00AA00,2,1235,617,0,12.35\n25180,00BB00,2,0,0,0,\n',
    );
  });

  it('exports the same figures with names, the modelled label and the sources, formula cells escaped', () => {
    const named = rows.map((l) => ({ location: l, naam: 'Kok', locatie: '=Rotterdam', instelling: 'ROC, Zuid' }));
    const csv = earlyWarningCsv(named, { importedOffer: null, title: 'Niveau 2' });
    const lines = csv.split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      '# Modelaanbod — illustratief, geen echte DUO-gegevens',
      '# Niveau 2',
      '# Bron: CBS; KiesMBO / SBB',
    ]);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, comments: '#', skipEmptyLines: true }).data;
    expect(parsed[0]).toMatchObject({
      alleen_bereik: '1235',
      extra_minuten_gemiddeld: '12.35',
      locatie: "'=Rotterdam",
      instelling: 'ROC, Zuid',
    });
    expect(earlyWarningCsv(named, { importedOffer: 'mbo_opleidingsaanbod.csv', title: 'x' })).toMatch(
      /^# Aanbod: mbo_opleidingsaanbod\.csv/,
    );
  });

  it("adds the user's own figures as named columns with their source, and the small flag when a threshold is set", () => {
    const named = rows.map((l, i) => ({
      location: l,
      naam: 'Kok',
      locatie: 'Rotterdam',
      instelling: 'ROC',
      indicators: { studenten: i === 0 ? 12 : null },
      small: i === 0,
    }));
    const csv = earlyWarningCsv(named, {
      importedOffer: null,
      title: 'Niveau 2',
      indicators: [{ id: 'studenten', column: 'eigen: Studenten', note: 'Eigen cijfer "Studenten": bron X' }],
      small: { note: 'Kleine opleiding: minder dan 20' },
    });
    expect(csv.split('\r\n').slice(3, 5)).toEqual([
      '# Eigen cijfer "Studenten": bron X',
      '# Kleine opleiding: minder dan 20',
    ]);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, comments: '#', skipEmptyLines: true }).data;
    expect(parsed.map((r) => [r['eigen: Studenten'], r.klein])).toEqual([
      ['12', '1'],
      ['', '0'],
    ]);
    // Without figures the export has exactly the columns it always had.
    const plain = earlyWarningCsv(named, { importedOffer: null, title: 'x' });
    expect(Papa.parse<string[]>(plain, { comments: '#' }).data[0]).toEqual([
      ...KWETSBAAR_COLUMNS,
      'kwalificatie',
      'locatie',
      'instelling',
    ]);
  });
});
