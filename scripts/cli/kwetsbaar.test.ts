import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORTED_OFFER_FILE, serializeOfferFile } from '../../src/data/aanbod/index.ts';
import type { OfferRow } from '../../src/engine/offer/types.ts';
import { runCli } from './run-cli.fixture.ts';
import { FIXTURE_POP_2026, FIXTURE_POP_2031, offerFile, writeScenarioFixture } from './scenario.fixture.ts';

let work: string;
let geodata: string;
let imported: string;

function cli(name: string, args: string[]) {
  return runCli(`${name}.ts`, args);
}

function csv(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
}

/** The scenario CLI's coverage loss (whole people) of stopping crebo at vestiging, for that crebo alone. */
function scenarioLoss(crebo: string, vestiging: string, niveau: number, extra: string[]) {
  const file = path.join(work, `stop-${crebo}-${vestiging}.json`);
  writeFileSync(file, JSON.stringify([{ op: 'stop', crebo, vestiging }]));
  const result = cli('scenario', [file, '--crebo', crebo, '--geodata', geodata, ...extra]);
  expect(result.code).toBe(0);
  const difference = JSON.parse(result.stdout)[String(niveau)].difference;
  // 0 − x rather than −x, so no loss reads as 0, not −0.
  return {
    all: 0 - difference.coverage.count,
    krimp: 0 - difference.krimp.count,
    anticipeer: 0 - difference.anticipeer.count,
  };
}

// The fixture (scenario.fixture.ts): six cells in a line, 10 minutes apart; 25180 (niveau 2,
// limit 45) at cells 0 and 2, 25480 (niveau 4, limit 75) at cell 4.
const IMPORTED_ROWS: OfferRow[] = [
  { crebo: '25180', vestiging: '00AA00', leerweg: 'BOL', niveau: 2 },
  { crebo: '25180', vestiging: '00AA00', leerweg: 'BBL', niveau: 2 },
  { crebo: '25180', vestiging: '00BB00', leerweg: null, niveau: 2 },
  { crebo: '25480', vestiging: '00AA01', leerweg: 'BOL', niveau: 4 },
];

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'kwetsbaar-cli-'));
  geodata = await writeScenarioFixture(path.join(work, 'geodata'));
  imported = path.join(work, 'import');
  mkdirSync(imported);
  writeFileSync(path.join(imported, IMPORTED_OFFER_FILE), serializeOfferFile(offerFile(IMPORTED_ROWS, 'imported')));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run kwetsbaar', { timeout: 60_000 }, () => {
  it('prints one row per programme-location, sorted by sole reach, with the modelled label on stderr', () => {
    const result = cli('kwetsbaar', ['--niveau', '2', '--geodata', geodata]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Modelaanbod — illustratief/);
    expect(result.stdout.split('\n')[0]).toBe(
      'crebo,vestiging,niveau,alleen_bereik,alleen_bereik_krimp,alleen_bereik_anticipeer,extra_minuten_gemiddeld',
    );
    // Without 00BB00 (cell 2), cell 5 (600 people, in no gemeente) is 50 minutes away; cells 2–4
    // stay within 45 but travel 20 minutes longer. Without 00AA00, cell 0 travels 20 longer.
    expect(csv(result.stdout)).toEqual([
      {
        crebo: '25180',
        vestiging: '00BB00',
        niveau: '2',
        alleen_bereik: '600',
        alleen_bereik_krimp: '0',
        alleen_bereik_anticipeer: '0',
        extra_minuten_gemiddeld: '20.00',
      },
      {
        crebo: '25180',
        vestiging: '00AA00',
        niveau: '2',
        alleen_bereik: '0',
        alleen_bereik_krimp: '0',
        alleen_bereik_anticipeer: '0',
        extra_minuten_gemiddeld: '20.00',
      },
    ]);
  });

  it('merges leerwegen and agrees with real stops through the scenario CLI, row by row', () => {
    for (const niveau of [2, 4]) {
      const result = cli('kwetsbaar', ['--niveau', String(niveau), '--geodata', geodata, '--aanbod', imported]);
      expect(result.code).toBe(0);
      expect(result.stderr).not.toMatch(/Modelaanbod/);
      const rows = csv(result.stdout);
      const pairs = new Set(IMPORTED_ROWS.filter((r) => r.niveau === niveau).map((r) => `${r.crebo}|${r.vestiging}`));
      expect(rows.map((r) => `${r.crebo}|${r.vestiging}`).sort()).toEqual([...pairs].sort());
      for (const row of rows) {
        const loss = scenarioLoss(row.crebo, row.vestiging, niveau, ['--aanbod', imported]);
        expect([
          Number(row.alleen_bereik),
          Number(row.alleen_bereik_krimp),
          Number(row.alleen_bereik_anticipeer),
        ]).toEqual([loss.all, loss.krimp, loss.anticipeer]);
      }
    }
    // The only niveau-4 location reaches all 2100 people; nobody keeps access after its stop.
    const n4 = csv(cli('kwetsbaar', ['--niveau', '4', '--geodata', geodata, '--aanbod', imported]).stdout);
    expect(n4).toEqual([
      {
        crebo: '25480',
        vestiging: '00AA01',
        niveau: '4',
        alleen_bereik: '2100',
        alleen_bereik_krimp: '600',
        alleen_bereik_anticipeer: '900',
        extra_minuten_gemiddeld: '',
      },
    ]);
  });

  it('counts in the population year of --jaar, row by row as the scenario CLI counts that year', () => {
    const rowsOf = (extra: string[]) => {
      const result = cli('kwetsbaar', ['--niveau', '2', '--geodata', geodata, ...extra]);
      expect(result.code).toBe(0);
      return { rows: csv(result.stdout), stderr: result.stderr };
    };
    const counted = rowsOf([]);
    expect(counted.stderr).toMatch(/15–24 year olds of 2021 \(CBS\)/);
    expect(rowsOf(['--jaar', '2021']).rows).toEqual(counted.rows);
    // Without 00BB00, cell 5 (outside every gemeente) is out of reach: its people of that year.
    for (const [jaar, cell5] of [
      [2026, FIXTURE_POP_2026[5]],
      [2031, FIXTURE_POP_2031[5]],
    ] as const) {
      const later = rowsOf(['--jaar', String(jaar)]);
      expect(later.stderr).toMatch(new RegExp(`15–24 year olds of ${jaar} — 2026 en 2031: de kinderen van nu`));
      expect(later.rows.find((r) => r.vestiging === '00BB00')?.alleen_bereik).toBe(String(cell5));
      expect(cell5).not.toBe(600);
      for (const row of later.rows) {
        const loss = scenarioLoss(row.crebo, row.vestiging, 2, ['--jaar', String(jaar)]);
        expect([
          Number(row.alleen_bereik),
          Number(row.alleen_bereik_krimp),
          Number(row.alleen_bereik_anticipeer),
        ]).toEqual([loss.all, loss.krimp, loss.anticipeer]);
      }
      // The only niveau-4 location: everybody of that year, split over krimp (cells 0–2) and anticipeer (3–4).
      const pops = jaar === 2026 ? FIXTURE_POP_2026 : FIXTURE_POP_2031;
      const result = cli('kwetsbaar', [
        '--niveau',
        '4',
        '--jaar',
        String(jaar),
        '--geodata',
        geodata,
        '--aanbod',
        imported,
      ]);
      const [n4] = csv(result.stdout);
      const figures = [Number(n4.alleen_bereik), Number(n4.alleen_bereik_krimp), Number(n4.alleen_bereik_anticipeer)];
      expect(figures).toEqual([pops.reduce((sum, p) => sum + p, 0), pops[0] + pops[1] + pops[2], pops[3] + pops[4]]);
      const loss = scenarioLoss(n4.crebo, n4.vestiging, 4, ['--aanbod', imported, '--jaar', String(jaar)]);
      expect(figures).toEqual([loss.all, loss.krimp, loss.anticipeer]);
    }
  });

  it('refuses bad arguments with a clear message and exit code 2', () => {
    for (const [args, message] of [
      [[], /--niveau is required/],
      [['--niveau', '5'], /--niveau must be 1 \(Entree\), 2, 3 or 4, got "5"/],
      [['--niveau', '2', '--onbekend'], /Unknown option '--onbekend'/],
      [['--niveau', '2', 'extra'], /Unexpected argument 'extra'/],
      [['--niveau'], /--niveau/],
      [['--niveau', '2', '--aanbod', path.join(work, 'nowhere')], /cannot read .*nowhere.*aanbod\.json/],
      [['--niveau', '2', '--jaar', '2030'], /--jaar: "2030" is not an allowed year; allowed: 2021, 2026, 2031/],
      [['--niveau', '2', '--jaar'], /--jaar/],
    ] as [string[], RegExp][]) {
      const result = cli('kwetsbaar', [...args, '--geodata', geodata]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
    }
  });
});
