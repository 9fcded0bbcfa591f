/**
 * Benchmark case "kwetsbaar" (early warning): the sole reach and extra minutes of every
 * programme-location of all four niveaus of the modelled offer, single-threaded, with one
 * two-label search per crebo (`kwetsbaar_ms`, median of KWETSBAAR_RUNS). The baseline answers
 * the same question the obvious way — per stop, the crebo's field again without that vestiging,
 * compared with the full field — on every BASELINE_STRIDE-th crebo of each niveau, and the
 * two-label method is timed on exactly those crebos: `kwetsbaar_speedup` is the ratio. The
 * case fails if the two disagree on any of those rows.
 */
import { performance } from 'node:perf_hooks';
import { creboProgrammeLocations, programmeLocations } from '../../src/engine/analysis/index.ts';
import { groupByCrebo } from '../../src/engine/metrics/offer-groups.ts';
import type { Niveau } from '../../src/engine/offer/types.ts';
import { sortedUniqueCells } from '../../src/engine/reach/index.ts';
import { createTravelSearch, createTwoNearestSearch } from '../../src/engine/travel/index.ts';
import { loadScenarioData, type ScenarioData } from '../cli/scenario-data.ts';
import { type BenchCase, median } from './case.ts';

const KWETSBAAR_RUNS = 3;
const BASELINE_STRIDE = 16;
const NIVEAUS: Niveau[] = [1, 2, 3, 4];

interface Crebo {
  crebo: string;
  niveau: Niveau;
  vestigingen: string[];
}

function crebosOf(data: ScenarioData): Crebo[] {
  return NIVEAUS.flatMap((niveau) => {
    const groups = groupByCrebo(data.offer.rows, (r) => r.niveau === niveau);
    return [...groups.keys()]
      .sort()
      .map((crebo) => ({ crebo, niveau, vestigingen: [...(groups.get(crebo)?.vestigingen ?? [])].sort() }));
  });
}

/** Sole reach per vestiging by one field per stop: Σ people within the limit before and not after. */
function soleReachPerStop(
  data: ScenarioData,
  search: ReturnType<typeof createTravelSearch>,
  c: Crebo,
  cellOf: (v: string) => number,
): number[] {
  const limit = data.limits[c.niveau];
  const { pop } = data.dataset.regions;
  const all = search.computeField(sortedUniqueCells(c.vestigingen.map(cellOf).filter((x) => x >= 0)), limit).minutes;
  return c.vestigingen.map((v) => {
    if (cellOf(v) < 0) return 0;
    const others = c.vestigingen
      .filter((o) => o !== v)
      .map(cellOf)
      .filter((x) => x >= 0);
    const without = search.computeField(sortedUniqueCells(others), limit).minutes;
    let lost = 0;
    for (let i = 0; i < pop.length; i++) if (all[i] <= limit && without[i] > limit) lost += pop[i];
    return lost;
  });
}

export const kwetsbaarCase: BenchCase = {
  name: 'kwetsbaar',
  async run() {
    const data = await loadScenarioData();
    const cells = new Map(data.dataset.locations.map((l) => [l.brinvest, l.cell]));
    const cellOf = (v: string) => cells.get(v) ?? -1;
    const regions = data.dataset.regions;
    const twoLabel = createTwoNearestSearch(data.graph);

    let rows = 0;
    const times: number[] = [];
    for (let run = 0; run < KWETSBAAR_RUNS; run++) {
      const start = performance.now();
      rows = 0;
      for (const niveau of NIVEAUS)
        rows += programmeLocations(twoLabel, data.offer.rows, niveau, cellOf, data.limits[niveau], regions).length;
      times.push(performance.now() - start);
    }

    const sampled = crebosOf(data).filter((_, i) => i % BASELINE_STRIDE === 0);
    const fieldSearch = createTravelSearch(data.graph);
    const baselineStart = performance.now();
    const baseline = sampled.map((c) => soleReachPerStop(data, fieldSearch, c, cellOf));
    const baselineMs = performance.now() - baselineStart;

    const twoLabelStart = performance.now();
    const fast = sampled.map((c) =>
      creboProgrammeLocations(twoLabel, c.crebo, c.niveau, c.vestigingen, cellOf, data.limits[c.niveau], regions),
    );
    const twoLabelMs = performance.now() - twoLabelStart;

    let sampledRows = 0;
    sampled.forEach((c, k) => {
      fast[k].forEach((location, i) => {
        sampledRows++;
        if (Math.abs(location.sole - baseline[k][i]) > 1e-6 * Math.max(1, baseline[k][i])) {
          throw new Error(
            `sole reach of ${c.crebo} at ${location.vestiging}: two-label ${location.sole}, per-stop field ${baseline[k][i]}`,
          );
        }
      });
    });
    process.stderr.write(
      `bench: kwetsbaar: ${rows} programme-locations; baseline on ${sampledRows} of them (${sampled.length} crebos): per-stop fields ${Math.round(baselineMs)} ms, two-label ${Math.round(twoLabelMs)} ms\n`,
    );
    const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
    return {
      kwetsbaar_ms: round(median(times), 1),
      kwetsbaar_rows: rows,
      kwetsbaar_baseline_rows: sampledRows,
      kwetsbaar_speedup: round(baselineMs / twoLabelMs, 1),
    };
  },
};
