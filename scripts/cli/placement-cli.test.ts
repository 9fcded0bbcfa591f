import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.fixture.ts';
import { writeScenarioFixture } from './scenario.fixture.ts';

/**
 * The placement CLIs on the six-cell fixture of scenario.fixture.ts (locations in cells 0, 2
 * and 4, ten minutes apart; 25180 at 00AA00 and 00BB00, whose cell 2 reaches every cell within
 * niveau 2's 45 minutes): output format, the modelled label, an imported offer, and errors.
 */
let work: string;
let geodata: string;

function run(script: string, args: string[]) {
  return runCli(script, [...args, '--geodata', geodata]);
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'placement-cli-'));
  geodata = await writeScenarioFixture(path.join(work, 'geodata'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run beste-plek and npm run een-aanbieder', { timeout: 60_000 }, () => {
  it('beste-plek prints one CSV row per vestiging without the crebo, labelled as modelled', () => {
    const result = run('beste-plek.ts', ['--crebo', '25180']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Modelaanbod — illustratief/);
    expect(result.stdout).toBe('vestiging,winst,winst_krimp,winst_anticipeer\n00AA01,0,0,0\n');
  });

  it('een-aanbieder keeps the one location that reaches everybody', () => {
    const result = run('een-aanbieder.ts', ['--crebo', '25180']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Modelaanbod — illustratief/);
    const line = JSON.parse(result.stdout);
    expect(line).toMatchObject({
      crebo: '25180',
      houden: ['00BB00'],
      stoppen: ['00AA00'],
      bereik_voor: 2100,
      bereik_na: 2100,
      optimaal: true,
    });
    expect(line.alleen).toEqual({ '00BB00': 2100 });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('uses an imported offer with --aanbod DIR, without the modelled label', () => {
    const dir = path.join(work, 'import');
    mkdirSync(dir, { recursive: true });
    const model = JSON.parse(readFileSync(path.join(geodata, 'aanbod-model.json'), 'utf8'));
    writeFileSync(
      path.join(dir, 'aanbod.json'),
      JSON.stringify({ ...model, kind: 'imported', rows: [['25180', '00AA00', null, 2]] }),
    );
    const best = run('beste-plek.ts', ['--crebo', '25180', '--aanbod', dir]);
    expect(best.stderr).not.toMatch(/Modelaanbod/);
    // From cell 0, cell 5 is 50 minutes away: a start in cell 2 or 4 brings its 600 youth within 45.
    expect(best.stdout).toBe('vestiging,winst,winst_krimp,winst_anticipeer\n00AA01,600,0,0\n00BB00,600,0,0\n');
    const one = JSON.parse(run('een-aanbieder.ts', ['--crebo', '25180', '--aanbod', dir]).stdout);
    expect(one).toMatchObject({ houden: ['00AA00'], stoppen: [], bereik_voor: 1500, aanbod: { kind: 'imported' } });
  });

  it('counts the youth of --jaar, and agrees with npm run scenario -- --jaar on the gain of that start', () => {
    const dir = path.join(work, 'import-jaar');
    mkdirSync(dir, { recursive: true });
    const model = JSON.parse(readFileSync(path.join(geodata, 'aanbod-model.json'), 'utf8'));
    writeFileSync(
      path.join(dir, 'aanbod.json'),
      JSON.stringify({ ...model, kind: 'imported', rows: [['25180', '00AA00', null, 2]] }),
    );
    const counted = run('beste-plek.ts', ['--crebo', '25180', '--aanbod', dir]);
    expect(run('beste-plek.ts', ['--crebo', '25180', '--aanbod', dir, '--jaar', '2021']).stdout).toBe(counted.stdout);
    expect(counted.stderr).toMatch(/15–24 year olds of 2021 \(CBS\)/);
    // Cell 5 holds 450 youth in 2031 (FIXTURE_POP_2031), 500 in 2026.
    const later = run('beste-plek.ts', ['--crebo', '25180', '--aanbod', dir, '--jaar', '2031']);
    expect(later.code).toBe(0);
    expect(later.stderr).toMatch(/15–24 year olds of 2031 — 2026 en 2031: de kinderen van nu/);
    expect(later.stdout).toBe('vestiging,winst,winst_krimp,winst_anticipeer\n00AA01,450,0,0\n00BB00,450,0,0\n');
    expect(run('beste-plek.ts', ['--crebo', '25180', '--aanbod', dir, '--jaar', '2026']).stdout).toBe(
      'vestiging,winst,winst_krimp,winst_anticipeer\n00AA01,500,0,0\n00BB00,500,0,0\n',
    );
    const edits = path.join(work, 'start-jaar.json');
    writeFileSync(edits, JSON.stringify([{ op: 'start', crebo: '25180', vestiging: '00AA01' }]));
    const scenario = runCli('scenario.ts', [
      edits,
      '--crebo',
      '25180',
      '--aanbod',
      dir,
      '--jaar',
      '2031',
      '--geodata',
      geodata,
    ]);
    expect(scenario.code).toBe(0);
    expect(JSON.parse(scenario.stdout)['2'].difference.coverage.count).toBe(450);

    const one = JSON.parse(run('een-aanbieder.ts', ['--crebo', '25180', '--jaar', '2031']).stdout);
    // Everyone but cell 0 (empty in 2031): 150 + 200 + 350 + 400 + 450.
    expect(one).toMatchObject({ jaar: 2031, houden: ['00BB00'], bereik_voor: 1550, bereik_na: 1550 });
    expect(one.jaar_label).toMatch(/geen prognose/);
    const oneCounted = JSON.parse(run('een-aanbieder.ts', ['--crebo', '25180']).stdout);
    expect(oneCounted.jaar).toBe(2021);
    expect(oneCounted).not.toHaveProperty('jaar_label');
  });

  it('restricts beste-plek to one institution', () => {
    expect(run('beste-plek.ts', ['--crebo', '25480', '--instelling', '00bb']).stdout).toBe(
      'vestiging,winst,winst_krimp,winst_anticipeer\n00BB00,0,0,0\n',
    );
  });

  it('says clearly what is wrong', () => {
    const cases: [string, string[], RegExp][] = [
      ['beste-plek.ts', [], /--crebo is required/],
      ['beste-plek.ts', ['--crebo', '2518'], /not a crebo/],
      ['beste-plek.ts', ['--crebo', '99999'], /99999 is not in the qualification list/],
      ['beste-plek.ts', ['--crebo', '25180', '--instelling', 'ZZZZ'], /no vestiging has BRIN "ZZZZ"/],
      ['beste-plek.ts', ['--crebo', '25180', '--onbekend'], /Unknown option/],
      ['een-aanbieder.ts', ['--crebo', '25180', '--k', 'twee'], /--k: "twee" is not a whole number/],
      [
        'beste-plek.ts',
        ['--crebo', '25180', '--jaar', '2030'],
        /--jaar: "2030" is not an allowed year; allowed: 2021, 2026, 2031/,
      ],
      [
        'een-aanbieder.ts',
        ['--crebo', '25180', '--jaar', '2036'],
        /--jaar: "2036" is not an allowed year; allowed: 2021, 2026, 2031/,
      ],
      ['een-aanbieder.ts', ['--crebo', '25180', '--aanbod', '/nonexistent'], /cannot read \/nonexistent\/aanbod.json/],
    ];
    for (const [script, args, message] of cases) {
      const result = run(script, args);
      expect(result.code, `${script} ${args.join(' ')}`).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    }
  });
});
