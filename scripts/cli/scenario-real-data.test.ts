import { existsSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeCatchment } from '../../src/engine/analysis/catchment.ts';
import { type Evaluation, ScenarioMetrics, sumAll } from '../../src/engine/metrics/index.ts';
import type { Niveau, OfferRow } from '../../src/engine/offer/types.ts';
import { verzorgingsgebieden } from '../../src/engine/population/index.ts';
import { minFields } from '../../src/engine/reach/index.ts';
import { applyEdits, type Edit } from '../../src/engine/scenario/index.ts';
import { runCli } from './run-cli.fixture.ts';
import { catchmentInputs } from './scenario-catchment.ts';
import { DEFAULT_GEODATA, loadScenarioData, type ScenarioData } from './scenario-data.ts';

/**
 * The DESIGN.md invariants on the real geodata, the real travel engine (graph.bin) and the
 * modelled offer. Runs when public/geodata holds graph.bin and aanbod-model.json (or the
 * directory in $REGIEKAART_GEODATA does).
 */
const dir = process.env.REGIEKAART_GEODATA ?? DEFAULT_GEODATA;
const ready = existsSync(path.join(dir, 'graph.bin')) && existsSync(path.join(dir, 'aanbod-model.json'));

let data: ScenarioData;

function apply(rows: readonly OfferRow[], edits: Edit[]): OfferRow[] {
  const result = applyEdits(rows, edits, data.catalogue);
  if ('error' in result) throw new Error(JSON.stringify(result.error));
  return result.rows;
}

/** A small domain around `crebo`: it and up to five other crebos of its niveau (keeps breadth cheap). */
function domainAround(rows: readonly OfferRow[], crebo: string, niveau: Niveau): Set<string> {
  const others = [...new Set(rows.filter((r) => r.niveau === niveau && r.crebo !== crebo).map((r) => r.crebo))].sort();
  return new Set([crebo, ...others.slice(0, 5)]);
}

function snapshot(e: Evaluation) {
  return {
    figures: e.coverage.figures,
    reached: [...e.coverage.reached],
    breadth: [...e.breadth.weighted],
    duplications: e.duplications,
    regions: e.regions.map((r) => [...r.coverage.reached, ...r.breadthMean, ...r.duplications]),
  };
}

describe.skipIf(!ready)(`scenario invariants on the real data (${dir})`, () => {
  beforeAll(async () => {
    data = await loadScenarioData({ geodataDir: dir });
  }, 60_000);

  it('a field from S ∪ T equals the cell-wise minimum of the fields from S and T (real travel engine)', () => {
    const cells = [...new Set(data.locations.map((l) => l.cell).filter((c) => c >= 0))];
    const subset = fc
      .uniqueArray(fc.constantFrom(...cells), { minLength: 1, maxLength: 25 })
      .map((xs) => Int32Array.from(xs).sort());
    fc.assert(
      fc.property(subset, subset, fc.constantFrom(45, 60, 75), (s, t, cutoff) => {
        const union = data.fieldFn(Int32Array.from(new Set([...s, ...t])).sort(), cutoff);
        const min = minFields(data.fieldFn(s, cutoff), data.fieldFn(t, cutoff));
        expect(Buffer.from(union.buffer).equals(Buffer.from(min.buffer))).toBe(true);
      }),
      { numRuns: 8 },
    );
  }, 60_000);

  it('stopping never raises and starting never lowers coverage; start then stop restores every figure', () => {
    const base = data.offer.rows;
    const pairs = [...new Map(base.map((r) => [`${r.crebo}|${r.vestiging}`, r])).values()];
    fc.assert(
      fc.property(fc.nat(pairs.length - 1), fc.nat(), (pick, where) => {
        const row = pairs[pick];
        const { niveau, crebo } = row;
        const layers = data.dataset.layers;
        const domain = { niveau, crebos: domainAround(base, crebo, niveau) };
        const all = { niveau };
        const before = data.metrics.evaluate(base, domain, layers);
        const beforeAll = data.metrics.coverage(base, all).figures;

        const stopped = apply(base, [{ op: 'stop', crebo, vestiging: row.vestiging }]);
        const afterStop = data.metrics.evaluate(stopped, domain, layers);
        expect(afterStop.coverage.figures.coverage.count).toBeLessThanOrEqual(before.coverage.figures.coverage.count);
        expect(afterStop.coverage.figures.krimp.count).toBeLessThanOrEqual(before.coverage.figures.krimp.count);
        expect(afterStop.coverage.figures.anticipeer.count).toBeLessThanOrEqual(
          before.coverage.figures.anticipeer.count,
        );
        afterStop.coverage.reached.forEach((v, g) => {
          expect(v).toBeLessThanOrEqual(before.coverage.reached[g]);
        });
        expect(afterStop.breadth.mean).toBeLessThanOrEqual(before.breadth.mean);
        expect(data.metrics.coverage(stopped, all).figures.coverage.count).toBeLessThanOrEqual(
          beforeAll.coverage.count,
        );

        // Start the crebo at a location that does not offer it yet, then stop it there again.
        const free = data.locations
          .map((l) => l.brinvest)
          .filter((v) => !base.some((r) => r.crebo === crebo && r.vestiging === v));
        const target = free[where % free.length];
        const started = apply(base, [{ op: 'start', crebo, vestiging: target }]);
        const afterStart = data.metrics.evaluate(started, domain, layers);
        expect(afterStart.coverage.figures.coverage.count).toBeGreaterThanOrEqual(
          before.coverage.figures.coverage.count,
        );
        expect(afterStart.coverage.figures.krimp.count).toBeGreaterThanOrEqual(before.coverage.figures.krimp.count);
        expect(afterStart.breadth.mean).toBeGreaterThanOrEqual(before.breadth.mean);
        expect(data.metrics.coverage(started, all).figures.coverage.count).toBeGreaterThanOrEqual(
          beforeAll.coverage.count,
        );

        const restored = apply(base, [
          { op: 'start', crebo, vestiging: target },
          { op: 'stop', crebo, vestiging: target },
        ]);
        expect(snapshot(data.metrics.evaluate(restored, domain, layers))).toEqual(snapshot(before));
        expect(data.metrics.coverage(restored, all).figures).toEqual(beforeAll);
      }),
      { numRuns: 6 },
    );
  }, 120_000);

  it('counts 2021 exactly as the grid counts it, and every year in its own population', async () => {
    const plain = new ScenarioMetrics({
      regions: data.dataset.regions,
      locations: data.dataset.locations,
      fieldFn: data.fieldFn,
      limits: data.limits,
    });
    const crebo = data.offer.rows.find((r) => r.niveau === 2)!.crebo;
    const selection = { niveau: 2 as Niveau, crebos: domainAround(data.offer.rows, crebo, 2) };
    expect(data.jaar).toBe(2021);
    expect(snapshot(data.metrics.evaluate(data.offer.rows, selection, data.dataset.layers))).toEqual(
      snapshot(plain.evaluate(data.offer.rows, selection, data.dataset.layers)),
    );
    const later = await loadScenarioData({ geodataDir: dir, jaar: 2031 });
    expect(sumAll(later.metrics.regions.popByBucket)).toBeCloseTo(
      later.grid.popByYear[2031].reduce((a, b) => a + b, 0),
      0,
    );
    expect(later.metrics.coverage(later.offer.rows, selection).figures.coverage.count).toBeLessThan(
      data.metrics.coverage(data.offer.rows, selection).figures.coverage.count,
    );
  }, 60_000);

  it('the verzorgingsgebieden of a niveau add up to its coverage, in 2021 and 2031', () => {
    const niveau: Niveau = 4;
    const catchment = computeCatchment(data.offer.rows, { niveau }, data.limits[niveau], catchmentInputs(data));
    const list = verzorgingsgebieden(
      data.offer.rows,
      niveau,
      catchment,
      data.grid.popByYear[2021],
      data.grid.popByYear[2031],
    );
    const coverage2021 = data.metrics.coverage(data.offer.rows, { niveau }).figures.coverage.count;
    expect(list.reduce((sum, v) => sum + v.from, 0)).toBeCloseTo(coverage2021, 0);
    data.metrics.setPopulation(data.grid.popByYear[2031]);
    const coverage2031 = data.metrics.coverage(data.offer.rows, { niveau }).figures.coverage.count;
    data.metrics.setPopulation(data.grid.popByYear[2021]);
    expect(list.reduce((sum, v) => sum + v.to, 0)).toBeCloseTo(coverage2031, 0);
  }, 120_000);

  it('prints the whole modelled offer as CSV through a pipe', () => {
    const result = runCli('scenario.ts', ['--aanbod-csv', '--geodata', dir]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('crebo,vestiging,leerweg,niveau,naam,domein');
    expect(lines.length).toBe(data.offer.rows.length + 1);
  }, 60_000);
});
