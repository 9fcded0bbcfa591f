import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Offer } from '../offer/offer.ts';
import type { Location, Niveau, OfferRow, Qualification } from '../offer/types.ts';
import { applyEdits } from './apply.ts';
import { catalogueFrom } from './catalogue.ts';
import type { Edit } from './edits.ts';
import { editsProblem, vestigingenAfter } from './vestigingen-after.ts';

const VESTIGINGEN = ['00AA00', '00AA01', '00BB00', '00BB01', '00CC00'];
const qualification = (crebo: string, niveau: Niveau, leerwegen: Qualification['leerwegen']): Qualification => ({
  crebo,
  naam: `Kwalificatie ${crebo}`,
  niveau,
  niveauBekend: true,
  domeinCode: null,
  domein: null,
  dossierCrebo: null,
  dossierNaam: null,
  leerwegen,
  bron: 'kwalificatiestructuur-2015',
  bronnen: ['kwalificatiestructuur-2015'],
  prijsfactor: null,
});
const QUALIFICATIONS = [
  qualification('10001', 2, ['BOL', 'BBL']),
  qualification('10002', 2, ['BOL']),
  qualification('10003', 4, ['BOL', 'BBL']),
];
const LOCATIONS: Location[] = VESTIGINGEN.map((brinvest, i) => ({
  brinvest,
  brin: brinvest.slice(0, 4),
  instelling: brinvest.slice(0, 4),
  naam: brinvest,
  adres: '',
  postcode: '',
  plaats: '',
  lon: 5,
  lat: 52,
  hoofdlocatie: false,
  gemeente: null,
  gemeenteNaam: null,
  amr: null,
  amrNaam: null,
  rmc: null,
  rmcNaam: null,
  provincie: null,
  krimp: null,
  cell: i,
  onLand: true,
}));
const catalogue = catalogueFrom(QUALIFICATIONS, LOCATIONS);

const rowArb = fc.record({
  crebo: fc.constantFrom('10001', '10002', '10003'),
  vestiging: fc.constantFrom(...VESTIGINGEN),
  leerweg: fc.constantFrom('BOL' as const, 'BBL' as const, null),
});
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    op: fc.constant('stop' as const),
    crebo: fc.constantFrom('10001', '10002', '10003'),
    vestiging: fc.constantFrom(...VESTIGINGEN),
  }),
  fc.record({
    op: fc.constant('start' as const),
    crebo: fc.constantFrom('10001', '10002', '10003'),
    vestiging: fc.constantFrom(...VESTIGINGEN),
  }),
  fc.record({
    op: fc.constant('uitruil' as const),
    crebo: fc.constantFrom('10001', '10002', '10003'),
    van: fc.constantFrom(...VESTIGINGEN),
    naar: fc.constantFrom(...VESTIGINGEN),
  }),
);
const niveauOf: Record<string, Niveau> = { '10001': 2, '10002': 2, '10003': 4 };

describe('vestigingenAfter', () => {
  it('agrees exactly with vestigingenFor on the whole edited offer, for a crebo and for a niveau', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), fc.array(editArb, { maxLength: 5 }), (raw, edits) => {
        const unique = new Map(raw.map((r) => [`${r.crebo}|${r.vestiging}`, r]));
        const rows: OfferRow[] = [...unique.values()].map((r) => ({ ...r, niveau: niveauOf[r.crebo] }));
        const offer = new Offer(rows, { qualifications: QUALIFICATIONS, locations: LOCATIONS });
        const whole = applyEdits(offer.rows, edits, catalogue);
        // Only edit lists that apply are ever shown; refused ones never reach the map.
        fc.pre(!('error' in whole));
        if ('error' in whole) return;
        const edited = new Offer(whole.rows, { qualifications: QUALIFICATIONS, locations: LOCATIONS });
        for (const niveau of [2, 4] as const) {
          for (const crebo of [null, '10001', '10002', '10003']) {
            expect(vestigingenAfter(offer, edits, catalogue, niveau, crebo)).toEqual({
              vestigingen: edited.vestigingenFor(niveau, crebo),
            });
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('editsProblem gives exactly the problem (or none) applyEdits gives on the whole offer', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), fc.array(editArb, { maxLength: 6 }), (raw, edits) => {
        const unique = new Map(raw.map((r) => [`${r.crebo}|${r.vestiging}`, r]));
        const rows: OfferRow[] = [...unique.values()].map((r) => ({ ...r, niveau: niveauOf[r.crebo] }));
        const offer = new Offer(rows, { qualifications: QUALIFICATIONS, locations: LOCATIONS });
        const whole = applyEdits(offer.rows, edits, catalogue);
        expect(editsProblem(offer, edits, catalogue)).toEqual('error' in whole ? whole.error : null);
      }),
      { numRuns: 500 },
    );
  });

  it('without edits is the offer as it is', () => {
    const offer = new Offer([{ crebo: '10001', vestiging: '00AA00', leerweg: 'BOL', niveau: 2 }], {
      qualifications: QUALIFICATIONS,
      locations: LOCATIONS,
    });
    expect(vestigingenAfter(offer, [], catalogue, 2, '10001')).toEqual({ vestigingen: ['00AA00'] });
  });
});
