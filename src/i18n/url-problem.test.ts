import { describe, expect, it } from 'vitest';
import { catalogueFrom } from '../engine/scenario/index.ts';
import { DEFAULT_SCENARIO_VIEW } from '../state/scenario.ts';
import { URL_CODECS } from '../state/url/codecs.ts';
import { checkLinkAgainstOffer, decodeScenarioParam, SCENARIO_URL_KEY } from '../state/url/scenario-param.ts';
import { decodeTravelUrl } from '../state/url/travel-codec.ts';
import type { UrlProblem } from '../state/url/url-problem.ts';
import { decodeViewUrl } from '../state/url/view-codec.ts';
import { parseWeergave } from '../state/weergave.ts';
import { LANGUAGE_URL_KEYS } from './language-codec.ts';
import { describeUrlProblem } from './url-problem.ts';

const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The problem a decoder reports; fails the test when it reports none. */
function problem(found: UrlProblem | null | undefined): UrlProblem {
  if (!found) throw new Error('expected a problem');
  return found;
}
const scenario = (param: string) => {
  const decoded = decodeScenarioParam(param);
  return problem(decoded.ok ? null : decoded.problem);
};

describe('the reason a link could not be used', () => {
  it('says for every parameter of every part of the link what it takes, in Dutch and in English', () => {
    const keys = [...URL_CODECS.flatMap((codec) => codec.keys), ...LANGUAGE_URL_KEYS, 'weergave'];
    // `s` is read as a whole scenario, whose problems say where inside it they are.
    for (const key of keys.filter((k) => k !== SCENARIO_URL_KEY)) {
      const bad: UrlProblem = { kind: 'invalid', key, value: '?' };
      expect(describeUrlProblem(bad, 'nl'), key).toMatch(new RegExp(`^parameter "${key}" \\("\\?"\\) is geen .+ `));
      expect(describeUrlProblem(bad, 'nl'), key).not.toContain('geldige waarde');
      expect(describeUrlProblem(bad, 'en'), key).toMatch(new RegExp(`^parameter "${key}" \\("\\?"\\) is not .+ `));
      expect(describeUrlProblem(bad, 'en'), key).not.toContain('a valid value');
    }
  });

  it.each([
    [
      '#lon=abc&lat=52&z=7',
      'parameter "lon" ("abc") is geen lengtegraad van -5 tot 15',
      'parameter "lon" ("abc") is not a longitude from -5 to 15',
    ],
    [
      '#lon=5&lat=52&z=99',
      'parameter "z" ("99") is geen zoomniveau van 4 tot 20',
      'parameter "z" ("99") is not a zoom level from 4 to 20',
    ],
    [
      '#lon=5&lat=52',
      'lon, lat en z horen samen: geef ze alle drie, of geen ervan',
      'lon, lat and z must be given together',
    ],
    ['#r=Utrecht', 'r (regio) vraagt ook rl (soort regio)', 'r (region) needs rl (region type)'],
    ['#sel=1&sel=2', 'parameter "sel" komt meer dan eens voor', 'parameter "sel" occurs more than once'],
    [
      '#oc=123',
      'parameter "oc" ("123") is geen lijst van hoogstens 50 crebo-codes',
      'parameter "oc" ("123") is not a list of at most 50 crebo codes',
    ],
  ])('words the view link %s', (hash, nl, en) => {
    const found = problem(decodeViewUrl(hash).error);
    expect(describeUrlProblem(found, 'nl')).toBe(nl);
    expect(describeUrlProblem(found, 'en')).toBe(en);
  });

  it('words the travel limits and the mode, with their bounds and choices', () => {
    const twice = problem(decodeTravelUrl('#lim=2.30,2.40').error);
    expect(describeUrlProblem(twice, 'nl')).toBe('parameter "lim" noemt niveau 2 twee keer');
    expect(describeUrlProblem(twice, 'en')).toBe('parameter "lim" gives niveau 2 twice');
    const far = problem(decodeTravelUrl('#lim=2.999').error);
    expect(describeUrlProblem(far, 'nl')).toMatch(
      /^parameter "lim": 999 minuten voor niveau 2 ligt niet tussen \d+ en \d+$/,
    );
    expect(describeUrlProblem(far, 'en')).toMatch(
      /^parameter "lim": 999 minutes for niveau 2 is not between \d+ and \d+$/,
    );
    const mode = problem(parseWeergave('?weergave=admin').error);
    expect(describeUrlProblem(mode, 'nl')).toBe(
      'parameter "weergave" ("admin") is geen van de weergaven bewerken, presentatie, sector, publiek',
    );
    expect(describeUrlProblem({ kind: 'link-too-long', limit: 12_000 }, 'nl')).toBe(
      'de link is langer dan 12.000 tekens',
    );
    expect(describeUrlProblem({ kind: 'link-too-long', limit: 12_000 }, 'en')).toBe(
      'the link is longer than 12,000 characters',
    );
  });

  it.each([
    ['garbage', '!!!not base64!!!', /tekens die base64url niet gebruikt$/, /characters that base64url does not use$/],
    ['cut short', 'eyJ2IjoxLCJu', /geen geldige base64url-gecodeerde JSON/, /not valid base64url-encoded JSON/],
    ['wrong version', raw({ v: 2, n: 'x', e: [] }), /veld v: Ongeldige/, /field v: Invalid/],
    ['bad gemeente', raw({ v: 1, n: 'x', e: [], g: ['Amsterdam'] }), /veld g\.0: /, /field g\.0: /],
    [
      'bad crebo',
      raw({ v: 1, n: 'x', e: [['x', '2518', '00GT00']] }),
      /wijziging 1 \(veld crebo\): een crebo is vijf cijfers/,
      /edit 1 \(field crebo\): a crebo is five digits/,
    ],
  ])('words a scenario link that is %s, saying where inside it', (_label, param, nl, en) => {
    const found = scenario(param);
    expect(describeUrlProblem(found, 'nl')).toMatch(/^scenario in de link: /);
    expect(describeUrlProblem(found, 'nl')).toMatch(nl);
    expect(describeUrlProblem(found, 'en')).toMatch(/^scenario in the link: /);
    expect(describeUrlProblem(found, 'en')).toMatch(en);
  });

  it('words an edit that does not fit the offer, in Dutch without English left in it', () => {
    const catalogue = catalogueFrom([{ crebo: '25180', niveau: 4, leerwegen: ['BOL'] }], [{ brinvest: '00GT00' }]);
    const stop = { op: 'stop' as const, crebo: '25180', vestiging: '00GT00' };
    const link = { name: 'x', edits: [stop, stop], view: DEFAULT_SCENARIO_VIEW, modelledOffer: null };
    const offer = [{ crebo: '25180', vestiging: '00GT00', leerweg: 'BOL' as const, niveau: 4 as const }];
    const found = problem(checkLinkAgainstOffer(link, offer, catalogue));
    expect(describeUrlProblem(found, 'nl')).toBe(
      'scenario in de link: wijziging 2 (veld vestiging): crebo 25180 wordt niet aangeboden op 00GT00',
    );
    expect(describeUrlProblem(found, 'en')).toBe(
      'scenario in the link: edit 2 (field vestiging): crebo 25180 is not offered at 00GT00',
    );
  });
});
