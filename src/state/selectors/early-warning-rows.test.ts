import { describe, expect, it } from 'vitest';
import type { Location } from '../../data/geodata/index.ts';
import type { ProgrammeLocation } from '../../engine/analysis/index.ts';
import { indicatorSortKey } from '../../engine/indicators/sort-key.ts';
import { Offer } from '../../engine/offer/offer.ts';
import { type IndicatorValues, smallProgrammes } from '../indicator-values.ts';
import type { Filters } from '../view.ts';
import { earlyWarningRows, soleReachByVestiging, sortEarlyWarningRows } from './early-warning-rows.ts';

const place = (brinvest: string, provincie: string, naam: string) =>
  ({
    brinvest,
    brin: brinvest.slice(0, 4),
    naam,
    plaats: 'Stad',
    instelling: `Instelling ${brinvest.slice(0, 4)}`,
    provincie,
    cell: 0,
  }) as Location;
const locations = [place('00AA00', 'Zeeland', 'Noord'), place('00BB00', 'Utrecht', 'Zuid')];
const qualification = (crebo: string, domein: string) =>
  ({ crebo, naam: `Kwalificatie ${crebo}`, niveau: 2, domein, leerwegen: [] }) as never;
const offer = new Offer(
  [
    { crebo: '25180', vestiging: '00AA00', leerweg: null, niveau: 2 },
    { crebo: '25190', vestiging: '00BB00', leerweg: null, niveau: 2 },
    { crebo: '25190', vestiging: '00AA00', leerweg: null, niveau: 2 },
  ],
  { locations, qualifications: [qualification('25180', 'Zorg en welzijn'), qualification('25190', 'Techniek')] },
);
const figures = (crebo: string, vestiging: string, sole: number, extra: number | null): ProgrammeLocation => ({
  crebo,
  vestiging,
  niveau: 2,
  placed: true,
  sole,
  soleKrimp: 0,
  soleAnticipeer: 0,
  soleBuckets: new Uint16Array(0),
  soleCounts: new Float64Array(0),
  extraPeople: 0,
  extraMeanMinutes: extra,
  extraHistogram: new Float64Array(0),
});
const computed = [
  figures('25180', '00AA00', 10, 5),
  figures('25190', '00BB00', 30, null),
  figures('25190', '00AA00', 20, 2),
];
const byId = new Map(locations.map((l) => [l.brinvest, l]));
const none: Filters = { institution: null, regionLayer: 'provincie', region: null };

describe('early-warning rows', () => {
  it('names the rows and filters by domain, crebo, institution and region', () => {
    const all = earlyWarningRows(computed, offer, byId, { domains: [], crebos: [], filters: none });
    expect(all[0]).toMatchObject({
      key: '25180|00AA00',
      naam: 'Kwalificatie 25180',
      locatie: 'Noord, Stad',
      instelling: 'Instelling 00AA',
    });
    const keys = (domains: string[], crebos: string[], filters = none) =>
      earlyWarningRows(computed, offer, byId, { domains, crebos, filters }).map((r) => r.key);
    expect(keys(['Techniek'], [])).toEqual(['25190|00BB00', '25190|00AA00']);
    expect(keys([], ['25180'])).toEqual(['25180|00AA00']);
    expect(keys([], [], { ...none, institution: '00BB' })).toEqual(['25190|00BB00']);
    expect(keys([], [], { ...none, region: 'Zeeland' })).toEqual(['25180|00AA00', '25190|00AA00']);
  });

  it('sorts by any column both ways, nobody affected below every mean, and sums sole reach per location', () => {
    const rows = earlyWarningRows(computed, offer, byId, { domains: [], crebos: [], filters: none });
    const order = (key: 'sole' | 'extra' | 'locatie', direction: 'ascending' | 'descending') =>
      sortEarlyWarningRows(rows, { key, direction }).map((r) => r.location.sole);
    expect(order('sole', 'descending')).toEqual([30, 20, 10]);
    expect(order('sole', 'ascending')).toEqual([10, 20, 30]);
    expect(order('extra', 'descending')).toEqual([10, 20, 30]);
    expect(order('locatie', 'ascending')).toEqual([20, 10, 30]);
    expect(Object.fromEntries(soleReachByVestiging(rows))).toEqual({ '00AA00': 30, '00BB00': 30 });
  });

  describe("with the user's own figures", () => {
    // Students per programme-location: 25190 has none at 00AA00.
    const students = {
      indicator: { id: 'studenten', name: 'Studenten' },
      byProgramme: new Map([
        ['25180|00AA00', 12],
        ['25190|00BB00', 40],
      ]),
    } as unknown as IndicatorValues;
    const small = smallProgrammes(students, 20);
    const all = { domains: [], crebos: [], filters: none };

    it('carries each row’s own value and small flag, and "only small" keeps the small ones alone', () => {
      const rows = earlyWarningRows(computed, offer, byId, all, { values: [students], small, onlySmall: false });
      expect(rows.map((r) => [r.key, r.indicators.studenten, r.small])).toEqual([
        ['25180|00AA00', 12, true],
        ['25190|00BB00', 40, false],
        ['25190|00AA00', null, false],
      ]);
      const onlySmall = earlyWarningRows(computed, offer, byId, all, { values: [students], small, onlySmall: true });
      expect(onlySmall.map((r) => r.key)).toEqual(['25180|00AA00']);
      // Without figures nothing is flagged and nothing is dropped.
      expect(earlyWarningRows(computed, offer, byId, all).map((r) => [r.small, r.indicators])).toEqual([
        [false, {}],
        [false, {}],
        [false, {}],
      ]);
    });

    it('sorts by a figure both ways with rows lacking it last', () => {
      const rows = earlyWarningRows(computed, offer, byId, all, { values: [students], small, onlySmall: false });
      const order = (direction: 'ascending' | 'descending') =>
        sortEarlyWarningRows(rows, { key: indicatorSortKey('studenten'), direction }).map((r) => r.key);
      expect(order('descending')).toEqual(['25190|00BB00', '25180|00AA00', '25190|00AA00']);
      expect(order('ascending')).toEqual(['25180|00AA00', '25190|00BB00', '25190|00AA00']);
    });
  });
});
