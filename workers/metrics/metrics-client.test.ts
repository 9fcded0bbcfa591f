import '@vitest/web-worker';
import { afterEach, describe, expect, it } from 'vitest';
import { lineGraphBytes } from '../../src/engine/graph/line-graph.fixture.ts';
import { formatEditProblem } from '../../src/engine/scenario/index.ts';
import { createMetricsClient, type MetricsClient } from './metrics-client.ts';

const POP = new Float32Array(6).fill(1);
const geodata = {
  grid: { count: 6, pop: POP, gemeente: new Uint16Array(6), popByYear: { 2021: POP, 2026: POP, 2031: POP } },
  gemeenten: [
    { code: 'GM0001', naam: 'G', provincie: 'P', amr: 'A', amrNaam: 'A', rmc: 'R', rmcNaam: 'R', krimp: null },
  ],
  locations: [
    { brinvest: '00AA00', brin: '00AA', cell: 0, gemeente: 'GM0001' },
    { brinvest: '00BB00', brin: '00BB', cell: 5, gemeente: 'GM0001' },
  ],
  qualifications: [{ crebo: '25180', niveau: 4 as const, leerwegen: ['BOL' as const] }],
};
const LIMITS = { 1: 10, 2: 10, 3: 10, 4: 10 };

let client: MetricsClient | null = null;
afterEach(() => client?.terminate());

describe('metrics client (real worker)', () => {
  it('keeps the offer in the worker and evaluates edits against it', async () => {
    client = createMetricsClient(geodata, lineGraphBytes(6));
    const rows = [
      { crebo: '25180', vestiging: '00AA00', leerweg: 'BOL' as const, niveau: 4 as const },
      { crebo: '25180', vestiging: '00BB00', leerweg: 'BOL' as const, niveau: 4 as const },
    ];
    await client.call('setOffer', [1, { rows, pseudoPlaces: [] }, LIMITS]);
    const request = {
      offerId: 1,
      niveau: 4 as const,
      crebos: null,
      customGemeenten: [],
      limits: LIMITS,
      jaar: 2021 as const,
      extra: [],
    };
    const answer = await client.call('evaluate', [
      { ...request, edits: [{ op: 'stop', crebo: '25180', vestiging: '00BB00' }] },
    ]);
    if (answer.kind !== 'evaluation') throw new Error(formatEditProblem(answer.problem));
    // Within 10 minutes: cells 0, 1 and 4, 5 before; 0, 1 after.
    expect(answer.evaluation.before.figures.coverage.count).toBe(4);
    expect(answer.evaluation.after.figures.coverage.count).toBe(2);
    expect(answer.evaluation.access).toBeInstanceOf(Uint8Array);
    const refused = await client.call('evaluate', [
      { ...request, edits: [{ op: 'stop', crebo: '25180', vestiging: '00ZZ00' }] },
    ]);
    expect(refused).toMatchObject({
      kind: 'invalid',
      scenario: -1,
      problem: { index: 0, field: 'vestiging', reason: { code: 'unknown-vestiging', vestiging: '00ZZ00' } },
    });
    await expect(client.call('evaluate', [{ ...request, offerId: 2, edits: [] }])).rejects.toThrow(
      /does not hold offer 2/,
    );
  }, 20_000);
});
