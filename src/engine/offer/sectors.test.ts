import { describe, expect, it } from 'vitest';
import { FIXTURE_LOCATIONS, FIXTURE_QUALIFICATIONS } from '../../../test/fixtures/aanbod/context.ts';
import { domainOf } from './domain.ts';
import { Offer } from './offer.ts';
import { countPerDomain } from './sectors.ts';

const offer = new Offer(
  [
    { crebo: '25180', vestiging: '00GT00', leerweg: 'BOL', niveau: 2 },
    { crebo: '25180', vestiging: '00GT01', leerweg: 'BBL', niveau: 2 },
    { crebo: '25180', vestiging: '00GT01', leerweg: 'BOL', niveau: 2 },
    { crebo: '25448', vestiging: '14YD01', leerweg: 'BOL', niveau: 2 },
    { crebo: '25448', vestiging: '01OE01', leerweg: 'BOL', niveau: 2 },
    { crebo: '25854', vestiging: '24ZZ05', leerweg: 'BBL', niveau: 2 },
  ],
  { locations: FIXTURE_LOCATIONS, qualifications: FIXTURE_QUALIFICATIONS },
);

describe('countPerDomain', () => {
  it('counts distinct locations, institutions and qualifications per domain', () => {
    expect(countPerDomain(offer)).toEqual([
      { domain: 'Horeca en bakkerij', locations: 2, institutions: 1, qualifications: 1, rows: 3 },
      { domain: 'Voedsel, natuur en leefomgeving', locations: 2, institutions: 2, qualifications: 1, rows: 2 },
      { domain: 'Onbekend', locations: 1, institutions: 1, qualifications: 1, rows: 1 },
    ]);
  });

  it('can be limited to the places on screen', () => {
    expect(countPerDomain(offer, new Set(['00GT00']))).toEqual([
      { domain: 'Horeca en bakkerij', locations: 1, institutions: 1, qualifications: 1, rows: 1 },
    ]);
  });
});

describe('domainOf', () => {
  it('joins the two VNL parts, groups Entree and marks unknown domains', () => {
    expect(domainOf({ niveau: 2, domein: 'Voedsel, natuur en leefomgeving (EZ)' })).toBe(
      'Voedsel, natuur en leefomgeving',
    );
    expect(domainOf({ niveau: 1, domein: null })).toBe('Entree');
    expect(domainOf({ niveau: 1, domein: 'Entree (niet toebedeeld aan opleidingsdomein)' })).toBe('Entree');
    expect(domainOf({ niveau: null, domein: null })).toBe('Onbekend');
  });
});
