import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import loadHighs from 'highs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_YOUTH } from '../../src/engine/analysis/cover-solver.ts';
import { onlyK } from '../../src/engine/analysis/one-provider.ts';
import type { Placement } from '../../src/engine/analysis/placement.ts';
import type { Niveau, OfferRow } from '../../src/engine/offer/types.ts';
import { applyEdits, type Edit } from '../../src/engine/scenario/index.ts';
import { placementFor } from './placement-data.ts';
import { cliOutput } from './run-cli.fixture.ts';
import { DEFAULT_GEODATA, loadScenarioData, type ScenarioData } from './scenario-data.ts';

/**
 * The placement answers against the scenario engine on the real geodata, travel engine and
 * modelled offer — through the engine and through the CLIs (`npm run beste-plek`,
 * `npm run een-aanbieder` and `npm run scenario`), so both ways to each number must agree.
 */
const dir = process.env.REGIEKAART_GEODATA ?? DEFAULT_GEODATA;
const ready = existsSync(path.join(dir, 'graph.bin')) && existsSync(path.join(dir, 'aanbod-model.json'));
const CREBO = '25382'; // niveau 2, one of the most widely offered qualifications
const NIVEAU: Niveau = 2;

let data: ScenarioData;
let placement: Placement;
let work: string;

function cli(script: string, args: string[]) {
  return cliOutput(script, [...args, '--geodata', dir]);
}

/** `npm run scenario` on `edits`, narrowed to the crebo: its coverage difference (whole people). */
function scenarioDifference(name: string, edits: Edit[]) {
  const file = path.join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify(edits));
  const line = JSON.parse(cli('scenario.ts', [file, '--crebo', CREBO]));
  return line[String(NIVEAU)] as {
    before: { coverage: { count: number } };
    after: { coverage: { count: number } };
    difference: { coverage: { count: number } };
  };
}

function apply(rows: readonly OfferRow[], edits: Edit[]): OfferRow[] {
  const result = applyEdits(rows, edits, data.catalogue);
  if ('error' in result) throw new Error(JSON.stringify(result.error));
  return result.rows;
}

const stops = (vestigingen: readonly string[]): Edit[] =>
  vestigingen.map((vestiging) => ({ op: 'stop', crebo: CREBO, vestiging }));

/** Cells with youth inside the limit for `before` and outside it for `after`. */
function lost(before: readonly OfferRow[], after: readonly OfferRow[]): number {
  const selection = { niveau: NIVEAU, crebos: new Set([CREBO]) };
  const a = data.metrics.coverage(before, selection);
  const b = data.metrics.coverage(after, selection);
  let n = 0;
  for (let c = 0; c < a.field.length; c++)
    if (data.grid.pop[c] >= MIN_YOUTH && a.field[c] <= a.limit && b.field[c] > b.limit) n++;
  return n;
}

describe.skipIf(!ready)(`placement on the real data (${dir})`, () => {
  beforeAll(async () => {
    data = await loadScenarioData({ geodataDir: dir });
    placement = placementFor(data);
    work = mkdtempSync(path.join(tmpdir(), 'placement-'));
  }, 60_000);
  afterAll(() => work && rmSync(work, { recursive: true, force: true }));

  it('a best place gains what starting it there gains, through the engine and through npm run scenario', () => {
    const ranking = placement.bestPlaces(data.offer.rows, CREBO, NIVEAU);
    const selection = { niveau: NIVEAU, crebos: new Set([CREBO]) };
    const before = data.metrics.coverage(data.offer.rows, selection).figures;
    const sample = [...ranking.slice(0, 5), ranking[Math.floor(ranking.length / 2)], ranking[ranking.length - 1]];
    for (const { vestiging, gain } of sample) {
      const after = data.metrics.coverage(
        apply(data.offer.rows, [{ op: 'start', crebo: CREBO, vestiging }]),
        selection,
      ).figures;
      expect(gain.total).toBeCloseTo(after.coverage.count - before.coverage.count, 6);
      expect(gain.krimp).toBeCloseTo(after.krimp.count - before.krimp.count, 6);
      expect(gain.anticipeer).toBeCloseTo(after.anticipeer.count - before.anticipeer.count, 6);
    }
    // The CLI's CSV, row for row, and the scenario CLI's difference for its best row.
    const csv = cli('beste-plek.ts', ['--crebo', CREBO]).trimEnd().split('\n');
    expect(csv[0]).toBe('vestiging,winst,winst_krimp,winst_anticipeer');
    expect(csv.slice(1)).toEqual(
      ranking.map((r) =>
        [r.vestiging, Math.round(r.gain.total), Math.round(r.gain.krimp), Math.round(r.gain.anticipeer)].join(','),
      ),
    );
    const [best, winst] = csv[1].split(',');
    expect(
      scenarioDifference('start', [{ op: 'start', crebo: CREBO, vestiging: best }]).difference.coverage.count,
    ).toBe(Number(winst));
  }, 240_000);

  it('one provider: stopping every dropped location loses no one, and every kept one is essential', async () => {
    const line = JSON.parse(cli('een-aanbieder.ts', ['--crebo', CREBO]));
    expect(line.optimaal).toBe(true);
    const offered = new Set(data.offer.rows.filter((r) => r.crebo === CREBO).map((r) => r.vestiging));
    expect([...line.houden, ...line.stoppen].sort()).toEqual([...offered].sort());
    const after = apply(data.offer.rows, stops(line.stoppen));
    expect(lost(data.offer.rows, after)).toBe(0);
    for (const kept of line.houden) expect(lost(data.offer.rows, apply(after, stops([kept])))).toBeGreaterThan(0);
    const scenario = scenarioDifference('stops', stops(line.stoppen));
    expect(scenario.difference.coverage.count).toBe(0);
    expect(scenario.before.coverage.count).toBe(line.bereik_voor);
    expect(scenario.after.coverage.count).toBe(line.bereik_na);
    // What each kept location carries alone is what stopping it as well costs.
    const [first] = line.houden;
    const alone = scenarioDifference('stops-and-one', stops([...line.stoppen, first])).difference.coverage.count;
    expect(alone).toBe(-line.alleen[first]);
  }, 240_000);

  it('falls back to the greedy answer with a bound when the solver runs out of time', async () => {
    const highs = await loadHighs();
    const model = placement.providerModel(data.offer.rows, '25254', 1);
    const answer = onlyK(highs, model, 20, { timeLimitSeconds: 0.05 });
    expect(answer.optimal).toBe(false);
    expect(answer.keep.length).toBeLessThanOrEqual(20);
    expect(answer.bound).toBeGreaterThanOrEqual(answer.reachAfter.total);
    expect(answer.bound).toBeLessThanOrEqual(answer.reachBefore.total + 1e-6);
  }, 120_000);
});
