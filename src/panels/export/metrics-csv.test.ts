import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { RegionTable } from '../../engine/metrics/scenario-evaluation.ts';
import { exportMessages } from '../../i18n/export.ts';
import { jaarLine } from './export-context.ts';
import { metricsCsv } from './metrics-csv.ts';
import { changedRegions, regionRows } from './region-rows.ts';

function side(reached: number[], population: number[]) {
  return {
    reached: Float64Array.from(reached),
    share: Float64Array.from(reached.map((r, i) => r / population[i])),
    breadth: new Float64Array(reached.length),
    duplications: new Int32Array(reached.length),
  };
}

const population = [1000, 400, 250.25];
const table: RegionTable = {
  layer: 'provincie',
  codes: ['PV20', 'PV21', 'PV22'],
  names: ['Groningen', 'Fryslân', '=HYPERLINK("x")'],
  population: Float64Array.from(population),
  before: side([900, 300, 200], population),
  after: side([850, 300, 210], population),
  meanChange: new Float64Array(3),
  whiteSpots: [],
};

const t = exportMessages.nl;
const context = {
  t,
  meta: 'Scenario: Test; provincie',
  jaar: jaarLine(2031, 'nl'),
  modelledLabel: 'Modelaanbod — illustratief',
  attribution: 'Bron: CBS | KiesMBO / SBB',
};

function parse(csv: string) {
  const lines = csv.split('\r\n');
  const comments = lines.filter((l) => l.startsWith('#'));
  const body = lines.filter((l) => !l.startsWith('#')).join('\r\n');
  return { comments, rows: Papa.parse<string[]>(body.trim()).data };
}

describe('metricsCsv', () => {
  it('writes the label, meta and attribution as comments, then a header and unformatted numbers', () => {
    const { comments, rows } = parse(metricsCsv(regionRows(table, 'Eigen regio'), context));
    expect(comments).toEqual([
      '# Modelaanbod — illustratief',
      '# Scenario: Test; provincie',
      '# 15–24-jarigen in 2031: de kinderen van nu — 2026 en 2031: de kinderen van nu, zonder verhuizingen (geen prognose)',
      '# Bron: CBS | KiesMBO / SBB',
    ]);
    expect(rows[0]).toEqual([
      'regiocode',
      'regio',
      'jongeren_15_24',
      'bereikt_voor',
      'bereikt_na',
      'bereikt_verschil',
      'aandeel_voor',
      'aandeel_na',
      'aandeel_verschil',
    ]);
    expect(rows[1]).toEqual(['PV20', 'Groningen', '1000', '900', '850', '-50', '0.9', '0.85', '-0.05']);
    expect(rows[2]).toEqual(['PV21', 'Fryslân', '400', '300', '300', '0', '0.75', '0.75', '0']);
    expect(rows).toHaveLength(4);
  });

  it('guards a region name that a spreadsheet would run as a formula', () => {
    const { rows } = parse(metricsCsv(regionRows(table, 'Eigen regio'), context));
    expect(rows[3][1]).toBe(`'=HYPERLINK("x")`);
    expect(rows[3][2]).toBe('250.3');
  });

  it('leaves the label out when the offer is real', () => {
    const { comments } = parse(metricsCsv([], { ...context, modelledLabel: null, jaar: jaarLine(2021, 'nl') }));
    expect(comments).toEqual([
      '# Scenario: Test; provincie',
      '# 15–24-jarigen in 2021 (CBS-telling)',
      '# Bron: CBS | KiesMBO / SBB',
    ]);
  });
});

describe('changedRegions', () => {
  it('keeps only changed regions, the largest loss first', () => {
    const changed = changedRegions(regionRows(table, 'Eigen regio'));
    expect(changed.map((r) => r.code)).toEqual(['PV20', 'PV22']);
  });

  it('names the custom region', () => {
    expect(regionRows({ ...table, layer: 'custom' }, 'Eigen regio')[0].name).toBe('Eigen regio');
  });
});
