import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/scenario/index.ts';
import type { OfferFile } from '../aanbod/offer-file.ts';
import { APP_VERSION, MODELLED_OFFER_LABEL, parseScenarioFile, serializeScenarioFile } from './scenario-file.ts';

function offer(kind: OfferFile['kind']): OfferFile {
  return {
    format: 'regiekaart-aanbod',
    formatVersion: 1,
    kind,
    provenance: {
      source: kind === 'modelled' ? 'scripts/data/offer' : 'mbo_opleidingsaanbod.csv',
      date: kind === 'modelled' ? null : '2026-11-30',
      sources: [],
      seed: kind === 'modelled' ? 20251 : null,
      note: '',
      counts: {
        rows: 1,
        imported: 1,
        duplicates: 0,
        rejected: 0,
        locationsAddress: 1,
        locationsPostcode: 0,
        locationsPc4: 0,
        offerRows: 1,
      },
    },
    pseudoLocations: [],
    rejected: [],
    rows: [{ crebo: '25180', vestiging: '00AA00', leerweg: 'BOL', niveau: 2 }],
  };
}

const scenarios: Scenario[] = [
  { name: 'Stop in Goes', edits: [{ op: 'stop', crebo: '25180', vestiging: '00AA00' }] },
  { name: 'Uitruil', edits: [{ op: 'uitruil', crebo: '25180', van: '00AA00', naar: '00BB00', leerweg: 'BOL' }] },
];

describe('scenario files', () => {
  it('round-trips scenarios with the offer stamp and the app version; a modelled offer carries its label', () => {
    const text = serializeScenarioFile(scenarios, offer('modelled'));
    const parsed = parseScenarioFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.scenarios).toEqual(scenarios);
    expect(parsed.file.app.version).toBe(APP_VERSION);
    expect(parsed.file.aanbod).toEqual({
      kind: 'modelled',
      source: 'scripts/data/offer',
      date: null,
      seed: 20251,
      rows: 1,
      label: MODELLED_OFFER_LABEL,
    });
    const imported = parseScenarioFile(serializeScenarioFile(scenarios.slice(0, 1), offer('imported')));
    expect(imported.ok && imported.file.aanbod).toEqual({
      kind: 'imported',
      source: 'mbo_opleidingsaanbod.csv',
      date: '2026-11-30',
      seed: null,
      rows: 1,
    });
  });

  it('says where and why a file is unusable', () => {
    const good = JSON.parse(serializeScenarioFile(scenarios, offer('modelled')));
    const problems = (value: unknown) => {
      const result = parseScenarioFile(typeof value === 'string' ? value : JSON.stringify(value));
      return result.ok ? [] : result.problems;
    };
    expect(problems('{"format":')[0]).toMatch(/^is not valid JSON/);
    expect(problems([{ op: 'stop' }])[0]).toMatch(/is not a scenario file/);
    expect(problems({ ...good, formatVersion: 2 })[0]).toMatch(/^formatVersion: /);
    expect(problems({ ...good, scenarios: [] })).toEqual(['scenarios: holds no scenario']);
    const badEdit = structuredClone(good);
    badEdit.scenarios[1].edits[0].naar = 'goes';
    expect(problems(badEdit)[0]).toMatch(/^scenarios\.1\.edits\.0\.naar: a vestiging is a brinvest/);
    const extra = structuredClone(good);
    extra.scenarios[0].kleur = 'rood';
    expect(problems(extra)[0]).toMatch(/^scenarios\.0\.kleur: /);
    const unlabelled = structuredClone(good);
    delete unlabelled.aanbod.label;
    expect(problems(unlabelled)).toEqual(['aanbod.label: a modelled offer must carry its label']);
    expect(problems(' '.repeat(2_000_001))[0]).toMatch(/larger than/);
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(parseScenarioFile(`\uFEFF${serializeScenarioFile(scenarios, offer('modelled'))}`).ok).toBe(true);
  });
});
