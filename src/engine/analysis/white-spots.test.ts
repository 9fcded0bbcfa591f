import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionContext, standardLayers, sumAll } from '../metrics/regions.ts';
import { ScenarioMetrics } from '../metrics/scenario-metrics.ts';
import { worldArb } from '../metrics/synthetic-world.fixture.ts';
import { whiteSpots } from './white-spots.ts';
import { powersOfTwo } from './world-analysis.fixture.ts';

describe('whiteSpots', () => {
  const gemeenten = ['GM0001', 'GM0002'].map((code, i) => ({
    code, naam: `G${i}`, provincie: 'P', amr: 'A', amrNaam: 'A', rmc: 'R', rmcNaam: 'R', krimp: null,
  }));
  const context = regionContext({ count: 4, pop: Float32Array.of(1, 2, 4, 8), gemeente: Uint16Array.of(0, 0, 1, 65535) }, 2, Uint8Array.of(0, 0));
  const [gemeenteLayer] = standardLayers(gemeenten);

  it('lists the regions with people out of reach, most first, and marks their cells', () => {
    const field = Uint16Array.of(65535, 10, 50, 65535);
    const reached = Float64Array.of(2, 0, 0);
    const spots = whiteSpots({ field, limit: 45, reached }, context, gemeenteLayer);
    expect([...spots.cells]).toEqual([1, 0, 1, 1]);
    expect(spots.regions).toEqual([
      { region: 1, code: 'GM0002', name: 'G1', unreached: 4, population: 4, share: 1 },
      { region: 0, code: 'GM0001', name: 'G0', unreached: 1, population: 3, share: 1 / 3 },
    ]);
    // The cell outside every gemeente counts nationally but in no region.
    expect(spots.unreached).toBe(13);
  });

  it('is the complement of coverage, nationally and per region, on random worlds', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const regions = powersOfTwo(world.regions);
        const metrics = new ScenarioMetrics({ regions, locations: world.locations, fieldFn: world.fieldFn, limits: world.limits });
        for (const crebo of world.crebos) {
          const coverage = metrics.coverage(world.rows, { niveau: crebo.niveau, crebos: new Set([crebo.crebo]) });
          for (const layer of world.layers) {
            const spots = whiteSpots(coverage, regions, layer);
            expect(spots.unreached + coverage.figures.coverage.count).toBe(sumAll(regions.popByBucket));
            let inCells = 0;
            spots.cells.forEach((out, c) => {
              expect(out).toBe(coverage.field[c] > coverage.limit ? 1 : 0);
              if (out && regions.cellBucket[c] < regions.gemeenteCount && layer.ofGemeente[regions.cellBucket[c]] >= 0) inCells += regions.pop[c];
            });
            expect(spots.regions.reduce((s, r) => s + r.unreached, 0)).toBe(inCells);
            for (let i = 1; i < spots.regions.length; i++) expect(spots.regions[i - 1].unreached).toBeGreaterThanOrEqual(spots.regions[i].unreached);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
