import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOfferFile } from '../../src/data/aanbod/index.ts';
import type { ReachFigures } from '../../src/engine/metrics/index.ts';
import { offerFromFile } from '../../src/engine/offer/from-file.ts';
import type { Offer } from '../../src/engine/offer/offer.ts';
import type { Niveau } from '../../src/engine/offer/types.ts';
import type { Edit } from '../../src/engine/scenario/index.ts';
import { metricsGeodataOf, metricsOfferOf } from '../../src/state/metrics-session.ts';
import { createMetricsApi } from '../../workers/metrics/metrics-api.ts';
import { cliOutput } from './run-cli.fixture.ts';
import { DEFAULT_GEODATA, loadScenarioData, type ScenarioData } from './scenario-data.ts';

/**
 * The app and `npm run scenario` must give the same figures for the same offer. This runs the
 * app's path (the metrics worker's API, fed exactly as the app feeds it: the active offer built
 * as the dataset store builds it, the geodata as the runtime sends it) and the CLI on an imported
 * DUO file with a PC4 pseudo-location, on the real geodata and travel graph.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = process.env.REGIEKAART_GEODATA ?? DEFAULT_GEODATA;
const ready = existsSync(path.join(dir, 'graph.bin')) && existsSync(path.join(dir, 'locations.json'));
const NIVEAUS: Niveau[] = [1, 2, 3, 4];

let work: string;
let data: ScenarioData;
let offer: Offer;
let edits: Edit[];

function cli(script: string, args: string[]) {
  const lines = cliOutput(script, args).trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

/** The CLI's rounding: counts are whole people, shares six decimals. */
function rounded(f: ReachFigures) {
  const one = (x: { count: number; share: number }) => ({
    share: Math.round(x.share * 1e6) / 1e6,
    count: Math.round(x.count),
  });
  return { coverage: one(f.coverage), krimp: one(f.krimp), anticipeer: one(f.anticipeer) };
}

describe.skipIf(!ready)('the app and npm run scenario on an imported offer with PC4 pseudo-locations', () => {
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'app-cli-'));
    const fixture = path.join(ROOT, 'test/fixtures/aanbod/mbo_opleidingsaanbod_pc4_pseudo.csv');
    const counts = cli('import-aanbod.ts', [fixture, '--out', work, '--geodata', dir]);
    expect(counts.locations_pc4).toBeGreaterThan(0);
    data = await loadScenarioData({ geodataDir: dir, aanbodDir: work });
    const file = parseOfferFile(readFileSync(path.join(work, 'aanbod.json'), 'utf8'));
    offer = offerFromFile(file, {
      locations: data.locations,
      qualifications: data.qualifications,
      cellLon: data.grid.lon,
      cellLat: data.grid.lat,
    });
    // Stop what the pseudo-location offers, and start it at a real vestiging that lacks it.
    const pseudo = offer.rows.find((r) => offer.place(r.vestiging)?.approximate);
    if (!pseudo) throw new Error('the fixture has no row at a PC4 pseudo-location');
    const elsewhere = data.locations.find(
      (l) => l.cell >= 0 && !offer.byCrebo(pseudo.crebo).some((r) => r.vestiging === l.brinvest),
    );
    edits = [
      { op: 'stop', crebo: pseudo.crebo, vestiging: pseudo.vestiging },
      { op: 'start', crebo: pseudo.crebo, vestiging: elsewhere!.brinvest },
    ];
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('gives identical figures before and after, for every niveau', () => {
    const editsFile = path.join(work, 'edits.json');
    writeFileSync(editsFile, JSON.stringify(edits));
    const fromCli = cli('scenario.ts', [editsFile, '--aanbod', work, '--geodata', dir]);

    const api = createMetricsApi();
    const graph = readFileSync(path.join(dir, 'graph.bin'));
    api.init(
      metricsGeodataOf(data),
      graph.buffer.slice(graph.byteOffset, graph.byteOffset + graph.byteLength) as ArrayBuffer,
    );
    api.setOffer(1, metricsOfferOf(offer), data.limits);
    for (const niveau of NIVEAUS) {
      const answer = api.evaluate({
        offerId: 1,
        edits,
        niveau,
        crebos: null,
        customGemeenten: [],
        limits: data.limits,
        jaar: 2021,
        extra: [],
      }).value;
      if (answer.kind !== 'evaluation') throw new Error(`the app refused the edits: ${answer.problem}`);
      const { before, after } = answer.evaluation;
      expect({ niveau, before: rounded(before.figures), after: rounded(after.figures) }).toEqual({
        niveau,
        before: fromCli[niveau].before,
        after: fromCli[niveau].after,
      });
    }
    // The pseudo-location counts: its niveau's figures are not those of the offer without it.
    const niveau = offer.rows.find((r) => offer.place(r.vestiging)?.approximate)!.niveau;
    expect(fromCli[niveau].before.coverage.count).toBeGreaterThan(0);
  }, 120_000);
});
