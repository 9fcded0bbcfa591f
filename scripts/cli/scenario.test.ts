import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOfferFile } from '../../src/data/aanbod/index.ts';
import { serializeScenarioFile } from '../../src/data/scenario-file/index.ts';
import { runCli } from './run-cli.fixture.ts';
import { writeScenarioFixture } from './scenario.fixture.ts';

let work: string;
let geodata: string;

function run(args: string[]) {
  return runCli('scenario.ts', args);
}

function editsFile(name: string, content: unknown): string {
  const file = path.join(work, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'scenario-cli-'));
  geodata = await writeScenarioFixture(path.join(work, 'geodata'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Each case spawns the CLI (tsx start-up, about a second each on an idle machine).
describe('npm run scenario', { timeout: 60_000 }, () => {
  it('prints one JSON line with before and after per niveau and edit_ms', () => {
    const file = editsFile('stop.json', [{ op: 'stop', crebo: '25180', vestiging: '00BB00' }]);
    const result = run([file, '--geodata', geodata]);
    expect(result.stderr).toMatch(/Modelaanbod — illustratief/);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]);
    expect(Object.keys(json).slice(0, 4)).toEqual(['1', '2', '3', '4']);
    expect(typeof json.edit_ms).toBe('number');
    // 25180 at cells 0 and 2 reaches all six cells within 45 minutes; from cell 0 alone,
    // cell 5 (600 people, in no gemeente) is 50 minutes away.
    expect(json['2'].before).toEqual({
      coverage: { share: 1, count: 2100 },
      krimp: { share: 1, count: 600 },
      anticipeer: { share: 1, count: 900 },
    });
    expect(json['2'].after).toEqual({
      coverage: { share: 0.714286, count: 1500 },
      krimp: { share: 1, count: 600 },
      anticipeer: { share: 1, count: 900 },
    });
    expect(json['2'].difference.coverage).toEqual({ share: -0.285714, count: -600 });
    expect(json['2'].crebos['25180'].after.coverage.count).toBe(1500);
    expect(json['4'].before).toEqual(json['4'].after);
    expect(json['1'].before.coverage).toEqual({ share: 0, count: 0 });
    expect(json.aanbod).toMatchObject({ kind: 'modelled', label: expect.stringMatching(/Modelaanbod/) });
  });

  it('counts in the population year of --jaar and reports that population; 2021 by default', () => {
    const file = editsFile('stop-jaar.json', [{ op: 'stop', crebo: '25180', vestiging: '00BB00' }]);
    const counted = JSON.parse(run([file, '--geodata', geodata]).stdout);
    expect(counted.jaar).toBe(2021);
    expect(counted.population).toEqual({ total: 2100, krimp: 600, anticipeer: 900 });
    // The default is the counted year, figure for figure (edit_ms aside).
    const explicit = JSON.parse(run([file, '--geodata', geodata, '--jaar', '2021']).stdout);
    expect({ ...explicit, edit_ms: 0 }).toEqual({ ...counted, edit_ms: 0 });

    const later = JSON.parse(run([file, '--geodata', geodata, '--jaar', '2031']).stdout);
    expect(later.jaar).toBe(2031);
    // FIXTURE_POP_2031: 0, 150, 200 (krimpregio) | 350, 400 (anticipeerregio) | 450 (no gemeente).
    expect(later.population).toMatchObject({ total: 1550, krimp: 350, anticipeer: 750 });
    expect(later.population.label).toMatch(/de kinderen van nu, zonder verhuizingen \(geen prognose\)/);
    expect(later['2'].before.coverage).toEqual({ share: 1, count: 1550 });
    // Without 00BB00, cell 5 (450 people in 2031) is 50 minutes from 00AA00.
    expect(later['2'].after.coverage).toEqual({ share: 0.709677, count: 1100 });
    expect(later['2'].difference.coverage.count).toBe(-450);
  });

  it('refuses a year outside the list with the allowed values', () => {
    const result = run([editsFile('none-jaar.json', []), '--geodata', geodata, '--jaar', '2030']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--jaar: "2030" is not an allowed year; allowed: 2021, 2026, 2031/);
    expect(result.stdout).toBe('');
  });

  it('narrows the figures to one crebo with --crebo', () => {
    const file = editsFile('start.json', {
      name: 'x',
      edits: [{ op: 'start', crebo: '25480', vestiging: '00AA00', leerweg: 'BBL' }],
    });
    const json = JSON.parse(run([file, '--geodata', geodata, '--crebo', '25180']).stdout);
    expect(json['4'].before.coverage.count).toBe(0); // 25180 is niveau 2
    expect(json['2'].after.coverage.count).toBe(2100);
    expect(json.selection).toEqual({ crebos: ['25180'] });
  });

  it('refuses a bad edits file with the file, the edit and the reason, applying nothing', () => {
    const notJson = run([editsFile('bad.json', '[{"op":'), '--geodata', geodata]);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/bad\.json: is not valid JSON/);

    const schema = run([
      editsFile('schema.json', [
        { op: 'stop', crebo: '25180', vestiging: '00BB00' },
        { op: 'stop', crebo: '251', vestiging: '00BB00' },
      ]),
      '--geodata',
      geodata,
    ]);
    expect(schema.code).toBe(1);
    expect(schema.stderr).toMatch(/schema\.json: edit 2 \(field crebo\)/);

    const refused = run([
      editsFile('refused.json', [
        { op: 'stop', crebo: '25180', vestiging: '00BB00' },
        { op: 'stop', crebo: '25180', vestiging: '00AA01' },
      ]),
      '--geodata',
      geodata,
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /refused\.json: edit 2 \(field vestiging\): crebo 25180 is not offered at 00AA01 \(no edit was applied\)/,
    );
    expect(refused.stdout).toBe('');
  });

  it('exits 2 for wrong usage or a missing file', () => {
    expect(run(['--geodata', geodata]).code).toBe(2);
    const missing = run([path.join(work, 'nope.json'), '--geodata', geodata]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.json/);
  });

  it('prints the active offer as CSV, after the edits when given', () => {
    const plain = run(['--aanbod-csv', '--geodata', geodata]);
    expect(plain.code).toBe(0);
    // Rows in the offer file's order (sorted by vestiging); an unknown leerweg is empty.
    expect(plain.stdout).toBe(
      'crebo,vestiging,leerweg,niveau,naam,domein\n' +
        '25180,00AA00,BOL,2,Kwalificatie 25180,Horeca en bakkerij\n' +
        '25480,00AA01,BOL,4,Kwalificatie 25480,Horeca en bakkerij\n' +
        '25180,00BB00,,2,Kwalificatie 25180,Horeca en bakkerij\n',
    );
    const edited = run([
      '--aanbod-csv',
      editsFile('uitruil.json', [{ op: 'uitruil', crebo: '25480', van: '00AA01', naar: '00BB00' }]),
      '--geodata',
      geodata,
    ]);
    expect(edited.stdout.trim().split('\n').at(-1)).toBe('25480,00BB00,BOL,4,Kwalificatie 25480,Horeca en bakkerij');
  });

  it('names a qualification that only the imported file knows, in the CSV and in edits', () => {
    const dir = path.join(work, 'import-new');
    mkdirSync(dir, { recursive: true });
    const model = JSON.parse(readFileSync(path.join(geodata, 'aanbod-model.json'), 'utf8'));
    const catalogue = {
      qualifications: [
        {
          crebo: '25913',
          naam: 'Hoefsmid',
          domein: 'Voedsel, natuur en leefomgeving',
          dossier: null,
          niveau: 2,
          leerwegen: ['BBL'],
        },
        { crebo: '25180', naam: 'Kok', domein: null, dossier: null, niveau: 2, leerwegen: [] },
      ],
      conflicts: [],
      details: [],
    };
    writeFileSync(
      path.join(dir, 'aanbod.json'),
      JSON.stringify({
        ...model,
        kind: 'imported',
        catalogue,
        rows: [
          ['25180', '00AA00', 'BOL', 2],
          ['25913', '00AA01', 'BBL', 2],
        ],
      }),
    );
    const csv = run(['--aanbod-csv', '--geodata', geodata, '--aanbod', dir]);
    expect(csv.stdout).toBe(
      'crebo,vestiging,leerweg,niveau,naam,domein\n25180,00AA00,BOL,2,Kok,Horeca en bakkerij\n25913,00AA01,BBL,2,Hoefsmid,"Voedsel, natuur en leefomgeving"\n',
    );
    const moved = run([
      '--aanbod-csv',
      editsFile('hoefsmid.json', [{ op: 'start', crebo: '25913', vestiging: '00BB00', leerweg: 'BBL' }]),
      '--geodata',
      geodata,
      '--aanbod',
      dir,
    ]);
    expect(moved.code).toBe(0);
    expect(moved.stdout).toContain('25913,00BB00,BBL,2,Hoefsmid');
  });

  it('uses an imported offer with --aanbod DIR, without the modelled label', () => {
    const dir = path.join(work, 'import');
    mkdirSync(dir, { recursive: true });
    const model = JSON.parse(readFileSync(path.join(geodata, 'aanbod-model.json'), 'utf8'));
    writeFileSync(
      path.join(dir, 'aanbod.json'),
      JSON.stringify({ ...model, kind: 'imported', rows: [['25180', '00AA01', null, 2]] }),
    );
    const result = run([editsFile('none.json', []), '--geodata', geodata, '--aanbod', dir]);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/Modelaanbod/);
    const json = JSON.parse(result.stdout);
    expect(json.aanbod).toEqual({ kind: 'imported', file: path.join(dir, 'aanbod.json') });
    // Only 25180 at cell 4 (every cell within 45 minutes), and nothing at niveau 4.
    expect(json['2'].before.coverage.count).toBe(2100);
    expect(json['4'].before.coverage.count).toBe(0);
  });

  it("lists each institution's catchment before and after per niveau, adding up to coverage", () => {
    const json = JSON.parse(
      run([editsFile('stop-bb.json', [{ op: 'stop', crebo: '25180', vestiging: '00BB00' }]), '--geodata', geodata])
        .stdout,
    );
    // Before, cell 1 is 10 minutes from 00AA00 (cell 0) and 00BB00 (cell 2): the tie goes to the
    // lower code, so 00AA serves cells 0–1 and 00BB cells 2–5; after the stop 00AA reaches cells 0–4.
    expect(json['2'].verzorgingsgebied).toEqual({ '00AA': { voor: 300, na: 1500 }, '00BB': { voor: 1800, na: 0 } });
    expect(json['4'].verzorgingsgebied).toEqual({ '00AA': { voor: 2100, na: 2100 } });
    expect(json['1'].verzorgingsgebied).toEqual({});
  });

  describe('scenario files written by the app', () => {
    const stop = { op: 'stop', crebo: '25180', vestiging: '00BB00' } as const;
    const start = { op: 'start', crebo: '25480', vestiging: '00BB00', leerweg: 'BOL' } as const;
    /** A file as the app's export writes it (the same function), on the fixture's modelled offer. */
    function appExport(name: string, scenarios: { name: string; edits: (typeof stop | typeof start)[] }[]): string {
      const offer = parseOfferFile(readFileSync(path.join(geodata, 'aanbod-model.json'), 'utf8'), 'aanbod-model.json');
      return editsFile(name, serializeScenarioFile(scenarios, offer));
    }
    const withoutTiming = (stdout: string) => {
      const { edit_ms: _ms, scenario: _name, ...rest } = JSON.parse(stdout);
      return rest;
    };

    it('gives the same figures as the same edits in a plain edits file', () => {
      const fromApp = run([
        appExport('een.regiekaart.json', [{ name: 'Stop BB', edits: [stop, start] }]),
        '--geodata',
        geodata,
      ]);
      const plain = run([editsFile('plain.json', [stop, start]), '--geodata', geodata]);
      expect(fromApp.code).toBe(0);
      expect(fromApp.stderr).not.toMatch(/another offer/);
      expect(JSON.parse(fromApp.stdout).scenario).toBe('Stop BB');
      expect(withoutTiming(fromApp.stdout)).toEqual(withoutTiming(plain.stdout));
    });

    it('needs --scenario NAME for a file of several scenarios, and names them', () => {
      const file = appExport('twee.regiekaart.json', [
        { name: 'Stop BB', edits: [stop] },
        { name: 'Start', edits: [start] },
      ]);
      const ambiguous = run([file, '--geodata', geodata]);
      expect(ambiguous.code).toBe(2);
      expect(ambiguous.stderr).toMatch(/holds 2 scenarios \("Stop BB", "Start"\): choose one with --scenario NAME/);
      const chosen = run([file, '--scenario', 'Start', '--geodata', geodata]);
      expect(chosen.code).toBe(0);
      expect(JSON.parse(chosen.stdout)['4'].crebos['25480']).toBeDefined();
      expect(run([file, '--scenario', 'Nee', '--geodata', geodata]).stderr).toMatch(/no scenario named "Nee"/);
    });

    it('refuses a damaged scenario file with where and why, and warns when the offer differs', () => {
      const file = appExport('kapot.regiekaart.json', [{ name: 'Stop BB', edits: [stop] }]);
      const damaged = JSON.parse(readFileSync(file, 'utf8'));
      damaged.scenarios[0].edits[0].crebo = '251';
      const bad = run([editsFile('kapot2.regiekaart.json', damaged), '--geodata', geodata]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/kapot2\.regiekaart\.json: scenarios\.0\.edits\.0\.crebo: a crebo is five digits/);

      const dir = path.join(work, 'import-other');
      mkdirSync(dir, { recursive: true });
      const model = JSON.parse(readFileSync(path.join(geodata, 'aanbod-model.json'), 'utf8'));
      writeFileSync(path.join(dir, 'aanbod.json'), JSON.stringify({ ...model, kind: 'imported' }));
      const other = run([file, '--geodata', geodata, '--aanbod', dir]);
      expect(other.code).toBe(0);
      expect(other.stderr).toMatch(/was made on another offer \(modelled/);
    });
  });
});
