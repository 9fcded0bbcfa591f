import '@vitest/web-worker';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../engine/graph/builder.ts';
import { encodeGraph } from '../../engine/graph/codec.ts';
import { MODE_CYCLE } from '../../engine/graph/modes.ts';
import type { OfferRow } from '../../engine/offer/types.ts';
import { createMetricsService, type MetricsService } from './client.ts';
import type { EvaluationRequest, MetricsDataset } from './evaluate.ts';

/** A line of 6 cells, 10 minutes apart by bike; locations at both ends. */
function lineGraphBytes(): ArrayBuffer {
  const b = new GraphBuilder(6);
  for (let i = 0; i < 5; i++) {
    b.addEdge(i, i + 1, 10, MODE_CYCLE);
    b.addEdge(i + 1, i, 10, MODE_CYCLE);
  }
  const bytes = encodeGraph(b.build());
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

const POP = new Float32Array(6).fill(1);
const dataset: MetricsDataset = {
  grid: { count: 6, pop: POP, gemeente: new Uint16Array(6), popByYear: { 2021: POP, 2026: POP, 2031: POP } },
  gemeenten: [{ code: 'GM0001', naam: 'G', provincie: 'P', amr: 'A', amrNaam: 'A', rmc: 'R', rmcNaam: 'R', krimp: null }],
  locations: [
    { brinvest: '00AA00', brin: '00AA', cell: 0, gemeente: 0 },
    { brinvest: '00BB00', brin: '00BB', cell: 5, gemeente: 0 },
  ],
  limits: { 1: 10, 2: 10, 3: 10, 4: 10 },
};

const row = (vestiging: string): OfferRow => ({ crebo: '25180', vestiging, leerweg: 'BOL', niveau: 4 });
const request = (after: OfferRow[]): EvaluationRequest => ({
  before: [row('00AA00'), row('00BB00')],
  after,
  niveau: 4,
  crebos: null,
  customGemeenten: [],
  limits: dataset.limits,
  jaar: 2021,
  extra: [],
});

let service: MetricsService | null = null;
afterEach(() => service?.dispose());

describe('the metrics worker', () => {
  it('evaluates a stop in the worker on the real travel search', async () => {
    service = createMetricsService(dataset, lineGraphBytes());
    const answer = await service.evaluate(request([row('00BB00')]));
    // Within 10 minutes: cells 0,1 and 4,5 before; 4,5 after.
    expect(answer?.result.before.figures.coverage.count).toBe(4);
    expect(answer?.result.after.figures.coverage.count).toBe(2);
    expect(answer?.result.lostCells).toBe(2);
    expect(answer?.result.access).toBeInstanceOf(Uint8Array);
  });

  it('drops a waiting request that a newer one supersedes', async () => {
    service = createMetricsService(dataset, lineGraphBytes());
    const first = service.evaluate(request([row('00BB00')]));
    const superseded = service.evaluate(request([row('00AA00')]));
    const last = service.evaluate(request([]));
    await expect(superseded).resolves.toBeNull();
    expect((await first)?.result.after.figures.coverage.count).toBe(2);
    expect((await last)?.result.after.figures.coverage.count).toBe(0);
  });

  it('reports a graph it cannot read', async () => {
    service = createMetricsService(dataset, new ArrayBuffer(8));
    await expect(service.evaluate(request([]))).rejects.toThrow(/could not start.*graph/);
  });
});
