import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProgrammeLocation, soleReachByRegion } from '../../src/engine/analysis/index.ts';
import { coverageByRegion } from '../../src/engine/metrics/index.ts';
import type { Niveau } from '../../src/engine/offer/types.ts';
import { applyEdits, formatEditProblem } from '../../src/engine/scenario/index.ts';
import { kwetsbaarTable } from './kwetsbaar.ts';
import { runCli } from './run-cli.fixture.ts';
import { DEFAULT_GEODATA, loadScenarioData, type ScenarioData } from './scenario-data.ts';

/**
 * The early warning on the real geodata (graph.bin with its bus, rail and ferry helper nodes,
 * half-minute distances and all) against real stops through the scenario engine and CLI. Runs
 * when public/geodata (or $REGIEKAART_GEODATA) holds graph.bin and aanbod-model.json.
 */
const dir = process.env.REGIEKAART_GEODATA ?? DEFAULT_GEODATA;
const ready = existsSync(path.join(dir, 'graph.bin')) && existsSync(path.join(dir, 'aanbod-model.json'));
const NIVEAUS: Niveau[] = [1, 2, 3, 4];

let data: ScenarioData;
let tables: Map<Niveau, ProgrammeLocation[]>;
let work: string;

/** Rows to check per niveau: the three largest sole reaches, one with krimp reach, and a spread of the rest. */
function sample(table: ProgrammeLocation[]): ProgrammeLocation[] {
  const picks = new Set(table.slice(0, 3));
  const krimp = table.find((l) => l.soleKrimp > 0);
  if (krimp) picks.add(krimp);
  for (let i = 1; i <= 4; i++) picks.add(table[Math.floor((i * table.length) / 5)]);
  return [...picks];
}

describe.skipIf(!ready)(`early warning on the real data (${dir})`, () => {
  beforeAll(async () => {
    data = await loadScenarioData({ geodataDir: dir });
    tables = new Map(NIVEAUS.map((n) => [n, kwetsbaarTable(data, n)]));
    work = mkdtempSync(path.join(tmpdir(), 'kwetsbaar-real-'));
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('has one row per offered (crebo, vestiging), sorted by sole reach', () => {
    for (const niveau of NIVEAUS) {
      const table = tables.get(niveau) as ProgrammeLocation[];
      const pairs = new Set(data.offer.rows.filter((r) => r.niveau === niveau).map((r) => `${r.crebo}|${r.vestiging}`));
      expect(table.length).toBe(pairs.size);
      expect(new Set(table.map((l) => `${l.crebo}|${l.vestiging}`))).toEqual(pairs);
      for (let i = 1; i < table.length; i++) expect(table[i - 1].sole).toBeGreaterThanOrEqual(table[i].sole);
    }
  });

  it('sole reach is the coverage loss of the real stop, nationally, in krimp/anticipeer and per region; extra minutes the field difference', () => {
    for (const niveau of NIVEAUS) {
      const limit = data.limits[niveau];
      for (const location of sample(tables.get(niveau) as ProgrammeLocation[])) {
        const stopped = applyEdits(
          data.offer.rows,
          [{ op: 'stop', crebo: location.crebo, vestiging: location.vestiging }],
          data.catalogue,
        );
        if ('error' in stopped) throw new Error(formatEditProblem(stopped.error));
        const selection = { niveau, crebos: new Set([location.crebo]) };
        const before = data.metrics.coverage(data.offer.rows, selection);
        const after = data.metrics.coverage(stopped.rows, selection);
        // Same people, summed in another order: equal up to floating-point rounding.
        expect(location.sole).toBeCloseTo(before.figures.coverage.count - after.figures.coverage.count, 6);
        expect(location.soleKrimp).toBeCloseTo(before.figures.krimp.count - after.figures.krimp.count, 6);
        expect(location.soleAnticipeer).toBeCloseTo(
          before.figures.anticipeer.count - after.figures.anticipeer.count,
          6,
        );
        for (const layer of data.dataset.layers) {
          const b = coverageByRegion(before.reached, data.dataset.regions, layer).reached;
          const a = coverageByRegion(after.reached, data.dataset.regions, layer).reached;
          soleReachByRegion(location, layer).forEach((count, r) => {
            expect(count).toBeCloseTo(b[r] - a[r], 6);
          });
        }
        const { pop } = data.dataset.regions;
        let people = 0;
        let weighted = 0;
        for (let c = 0; c < pop.length; c++) {
          const added = after.field[c] - before.field[c];
          if (added > 0 && after.field[c] <= limit) {
            people += pop[c];
            weighted += pop[c] * added;
          }
        }
        expect(location.extraPeople).toBeCloseTo(people, 6);
        if (people === 0) expect(location.extraMeanMinutes).toBeNull();
        else expect(location.extraMeanMinutes).toBeCloseTo(weighted / people, 9);
      }
    }
  }, 120_000);

  it('the CLI prints the same numbers as real stops through the scenario CLI', () => {
    const run = (name: string, args: string[]) => runCli(`${name}.ts`, [...args, '--geodata', dir]);
    const printed = run('kwetsbaar', ['--niveau', '1']);
    expect(printed.code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(printed.stdout.trim(), { header: true }).data;
    expect(rows.length).toBe((tables.get(1) as ProgrammeLocation[]).length);
    for (const row of [rows[0], rows[1], rows.find((r) => Number(r.alleen_bereik_krimp) > 0) ?? rows[2]]) {
      const file = path.join(work, `${row.crebo}-${row.vestiging}.json`);
      writeFileSync(file, JSON.stringify([{ op: 'stop', crebo: row.crebo, vestiging: row.vestiging }]));
      const scenario = run('scenario', [file, '--crebo', row.crebo]);
      expect(scenario.code).toBe(0);
      const difference = JSON.parse(scenario.stdout)['1'].difference;
      expect(Number(row.alleen_bereik)).toBe(0 - difference.coverage.count);
      expect(Number(row.alleen_bereik_krimp)).toBe(0 - difference.krimp.count);
      expect(Number(row.alleen_bereik_anticipeer)).toBe(0 - difference.anticipeer.count);
    }
  }, 180_000);

  it("in 2031 too: the CLI prints the scenario CLI's loss of the same stop in 2031", () => {
    const run = (name: string, args: string[]) => runCli(`${name}.ts`, [...args, '--geodata', dir]);
    const printed = run('kwetsbaar', ['--niveau', '1', '--jaar', '2031']);
    expect(printed.code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(printed.stdout.trim(), { header: true }).data;
    const counted = new Map(
      (tables.get(1) as ProgrammeLocation[]).map((l) => [`${l.crebo}|${l.vestiging}`, Math.round(l.sole)]),
    );
    // The year matters: the largest sole reach of 2031 is not that of 2021.
    expect(Number(rows[0].alleen_bereik)).not.toBe(counted.get(`${rows[0].crebo}|${rows[0].vestiging}`));
    for (const row of [rows[0], rows.find((r) => Number(r.alleen_bereik_krimp) > 0) ?? rows[1]]) {
      const file = path.join(work, `${row.crebo}-${row.vestiging}-2031.json`);
      writeFileSync(file, JSON.stringify([{ op: 'stop', crebo: row.crebo, vestiging: row.vestiging }]));
      const scenario = run('scenario', [file, '--crebo', row.crebo, '--jaar', '2031']);
      expect(scenario.code).toBe(0);
      const line = JSON.parse(scenario.stdout);
      expect(line.jaar).toBe(2031);
      const difference = line['1'].difference;
      expect(Number(row.alleen_bereik)).toBe(0 - difference.coverage.count);
      expect(Number(row.alleen_bereik_krimp)).toBe(0 - difference.krimp.count);
      expect(Number(row.alleen_bereik_anticipeer)).toBe(0 - difference.anticipeer.count);
    }
  }, 180_000);
});
