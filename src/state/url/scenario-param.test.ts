import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OfferRow } from '../../engine/offer/types.ts';
import { catalogueFrom, type Edit } from '../../engine/scenario/index.ts';
import { DEFAULT_SCENARIO_VIEW } from '../scenario.ts';
import {
  checkLinkAgainstOffer,
  decodeScenarioParam,
  encodeScenarioParam,
  MAX_SCENARIO_PARAM,
  type ScenarioLink,
  scenarioParamOf,
} from './scenario-param.ts';

const edits: Edit[] = [
  { op: 'stop', crebo: '25180', vestiging: '00GT00' },
  { op: 'start', crebo: '25655', vestiging: '25LX00', leerweg: 'BBL' },
  { op: 'uitruil', crebo: '25180', van: '00GT01', naar: '25LX00' },
  { op: 'uitruil', crebo: '25181', van: '00GT01', naar: '25LX00', leerweg: 'BOL' },
];

const link: ScenarioLink = {
  name: 'Krimp Noord — €',
  edits,
  view: {
    regionLayer: 'custom',
    customGemeenten: ['GM0014', 'GM0034'],
    showAfter: false,
    focus: { kind: 'domein', domein: 'Zorg en welzijn' },
  },
  modelledOffer: true,
};

function encodeRaw(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

describe('scenario link codec', () => {
  it('round-trips a scenario and its view', () => {
    const param = encodeScenarioParam(link);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeScenarioParam(param)).toEqual({ ok: true, link });
  });

  it('leaves defaults out and restores them', () => {
    const plain: ScenarioLink = { name: 'A', edits: [], view: DEFAULT_SCENARIO_VIEW, modelledOffer: null };
    const param = encodeScenarioParam(plain);
    expect(JSON.parse(Buffer.from(param, 'base64url').toString())).toEqual({ v: 1, n: 'A', e: [] });
    expect(decodeScenarioParam(param)).toEqual({ ok: true, link: plain });
  });

  it('round-trips any valid edit list (property)', () => {
    const code = (n: number) => fc.stringMatching(new RegExp(`^[0-9A-Z]{${n}}$`));
    const crebo = fc.stringMatching(/^\d{5}$/);
    const leerweg = fc.option(fc.constantFrom('BOL' as const, 'BBL' as const), { nil: undefined });
    const edit: fc.Arbitrary<Edit> = fc.oneof(
      fc.record(
        { op: fc.constantFrom('start' as const, 'stop' as const), crebo, vestiging: code(6), leerweg },
        { requiredKeys: ['op', 'crebo', 'vestiging'] },
      ),
      fc.record(
        { op: fc.constant('uitruil' as const), crebo, van: code(6), naar: code(6), leerweg },
        { requiredKeys: ['op', 'crebo', 'van', 'naar'] },
      ),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (list) => {
        const decoded = decodeScenarioParam(encodeScenarioParam({ ...link, edits: list }));
        expect(decoded.ok && decoded.link.edits).toEqual(list);
      }),
    );
  });

  const linkProblem = (problem: object) => ({ kind: 'scenario', problem });
  it.each([
    ['garbage', '!!!not base64!!!', linkProblem({ kind: 'not-base64url' })],
    ['not JSON', 'bm90IGpzb24', linkProblem({ kind: 'not-json' })],
    ['cut short', encodeScenarioParam(link).slice(0, 30), linkProblem({ kind: 'not-json' })],
    ['wrong version', encodeRaw({ v: 2, n: 'x', e: [] }), linkProblem({ kind: 'invalid', issue: { path: ['v'] } })],
    [
      'unknown field',
      encodeRaw({ v: 1, n: 'x', e: [], evil: 1 }),
      linkProblem({ kind: 'invalid', issue: { code: 'unrecognized_keys', keys: ['evil'] } }),
    ],
    [
      'bad op',
      encodeRaw({ v: 1, n: 'x', e: [['q', '25180', '00GT00']] }),
      linkProblem({ kind: 'invalid', issue: { path: ['e', 0] } }),
    ],
    [
      'bad crebo',
      encodeRaw({ v: 1, n: 'x', e: [['x', '2518', '00GT00']] }),
      linkProblem({ kind: 'edit', problem: { index: 0, field: 'crebo', reason: { code: 'invalid' } } }),
    ],
    [
      'bad leerweg',
      encodeRaw({ v: 1, n: 'x', e: [['x', '25180', '00GT00', 'XYZ']] }),
      linkProblem({ kind: 'edit', problem: { index: 0, field: 'leerweg' } }),
    ],
    [
      'bad gemeente',
      encodeRaw({ v: 1, n: 'x', e: [], g: ['Amsterdam'] }),
      linkProblem({ kind: 'invalid', issue: { code: 'invalid_format', path: ['g', 0] } }),
    ],
    ['empty name', encodeRaw({ v: 1, n: ' ', e: [] }), linkProblem({ kind: 'invalid', issue: { path: ['n'] } })],
  ])('rejects %s with a problem that says where', (_label, param, problem) => {
    expect(decodeScenarioParam(param)).toMatchObject({ ok: false, problem });
  });

  it('rejects an oversized parameter before decoding it', () => {
    const decoded = decodeScenarioParam('A'.repeat(MAX_SCENARIO_PARAM + 1));
    expect(decoded).toEqual({ ok: false, problem: linkProblem({ kind: 'too-long', limit: MAX_SCENARIO_PARAM }) });
  });

  it('keeps about 200 edits under the bound', () => {
    const many: Edit[] = Array.from({ length: 200 }, (_, i) => ({
      op: 'stop',
      crebo: String(10000 + i),
      vestiging: '00GT00',
    }));
    expect(encodeScenarioParam({ ...link, edits: many }).length).toBeLessThan(MAX_SCENARIO_PARAM);
  });

  it('checks the edits against the offer', () => {
    const catalogue = catalogueFrom([{ crebo: '25180', niveau: 4, leerwegen: ['BOL'] }], [{ brinvest: '00GT00' }]);
    const offer: OfferRow[] = [{ crebo: '25180', vestiging: '00GT00', leerweg: 'BOL', niveau: 4 }];
    const ok: ScenarioLink = { ...link, edits: [{ op: 'stop', crebo: '25180', vestiging: '00GT00' }] };
    expect(checkLinkAgainstOffer(ok, offer, catalogue)).toBeNull();
    const twice: ScenarioLink = { ...link, edits: [...ok.edits, ...ok.edits] };
    expect(checkLinkAgainstOffer(twice, offer, catalogue)).toEqual({
      kind: 'scenario',
      problem: {
        kind: 'edit',
        problem: {
          index: 1,
          field: 'vestiging',
          reason: { code: 'not-offered', crebo: '25180', vestiging: '00GT00', leerweg: null },
        },
      },
    });
  });
});

describe('the s parameter in a shared hash', () => {
  it('is read next to other parameters', () => {
    expect(scenarioParamOf('#lon=5.1&lat=52.1&z=8&s=abc')).toEqual({ param: 'abc' });
    expect(scenarioParamOf('#lon=5.1')).toEqual({ param: null });
  });

  it('refuses a repeated parameter', () => {
    expect(scenarioParamOf('#s=a&s=b')).toEqual({ problem: { kind: 'repeated', key: 's' } });
  });
});
