import { describe, expect, it } from 'vitest';
import { FIXTURE_LOCATIONS, FIXTURE_QUALIFICATIONS } from '../../../test/fixtures/aanbod/context.ts';
import { filterLocations, filterRows, isOfferFilterActive, NO_OFFER_FILTER, searchQualifications } from './filter.ts';
import { Offer } from './offer.ts';
import type { OfferRow } from './types.ts';

const ROWS: OfferRow[] = [
  { crebo: '25180', vestiging: '00GT00', leerweg: 'BOL', niveau: 2 },
  { crebo: '25180', vestiging: '00GT01', leerweg: 'BBL', niveau: 2 },
  { crebo: '25480', vestiging: '00GT00', leerweg: null, niveau: 4 },
  { crebo: '25448', vestiging: '14YD01', leerweg: 'BOL', niveau: 2 },
  { crebo: '25250', vestiging: '24ZZ05', leerweg: 'BOL', niveau: 1 },
];
const offer = new Offer(ROWS, { locations: FIXTURE_LOCATIONS, qualifications: FIXTURE_QUALIFICATIONS });
const f = (over: Partial<typeof NO_OFFER_FILTER>) => ({ ...NO_OFFER_FILTER, ...over });

describe('filterLocations', () => {
  it('returns every place without a filter', () => {
    expect(isOfferFilterActive(NO_OFFER_FILTER)).toBe(false);
    expect(filterLocations(offer, NO_OFFER_FILTER)).toEqual(new Set(['00GT00', '00GT01', '14YD01', '24ZZ05']));
  });

  it('filters by niveau, domain, qualification and leerweg, combined with AND', () => {
    expect(filterLocations(offer, f({ niveaus: [4] }))).toEqual(new Set(['00GT00']));
    expect(filterLocations(offer, f({ niveaus: [1, 4] }))).toEqual(new Set(['00GT00', '24ZZ05']));
    expect(filterLocations(offer, f({ domains: ['Horeca en bakkerij'] }))).toEqual(new Set(['00GT00', '00GT01']));
    expect(filterLocations(offer, f({ crebos: ['25448'] }))).toEqual(new Set(['14YD01']));
    expect(filterLocations(offer, f({ leerweg: 'BBL' }))).toEqual(new Set(['00GT01', '00GT00'])); // 00GT00 via leerweg null
    expect(filterLocations(offer, f({ domains: ['Horeca en bakkerij'], leerweg: 'BOL' }))).toEqual(new Set(['00GT00']));
    expect(filterLocations(offer, f({ crebos: ['25180'], niveaus: [4] }))).toEqual(new Set());
  });

  it('filterRows returns the matching rows themselves', () => {
    expect(filterRows(offer, f({ niveaus: [2], leerweg: 'BOL' }))).toEqual([ROWS[0], ROWS[3]]);
  });
});

describe('searchQualifications', () => {
  it('finds by crebo prefix first, then by name, ignoring case and accents', () => {
    expect(searchQualifications(FIXTURE_QUALIFICATIONS, '2518').map((q) => q.crebo)).toEqual(['25180']);
    expect(searchQualifications(FIXTURE_QUALIFICATIONS, 'kapper').map((q) => q.crebo)).toEqual(['25399', '25400']);
    expect(searchQualifications(FIXTURE_QUALIFICATIONS, 'VERPLEEG').map((q) => q.naam)).toEqual([
      'Mbo-Verpleegkundige',
    ]);
    expect(searchQualifications(FIXTURE_QUALIFICATIONS, '  ')).toEqual([]);
    expect(searchQualifications(FIXTURE_QUALIFICATIONS, 'assistent', 1)).toHaveLength(1);
  });
});
