import type { Location, Qualification } from '../data/geodata/index.ts';
import { testLocation } from '../data/geodata/location.fixture.ts';
import { lineGraphBytes } from '../engine/graph/line-graph.fixture.ts';
import { Offer, type OfferRow } from '../engine/offer/index.ts';
import { catalogueFrom } from '../engine/scenario/index.ts';
import type { ActiveOffer } from './dataset.ts';

/**
 * The smallest world the state tests share: a line of 10 cells, 10 minutes apart, 10 people per
 * cell, one gemeente, and one crebo (25180, niveau 4) at two locations, A in cell 1 and B in cell 8.
 * Population years: 2026 as 2021, 2031 half of it in every cell.
 */
export const CELLS = 10;
const location = (brinvest: string, cell: number): Location => testLocation(brinvest, { cell });
export const locations = [location('00AA00', 1), location('00BB00', 8)];
export const qualifications: Qualification[] = [
  {
    crebo: '25180',
    naam: 'Test',
    niveau: 4,
    niveauBekend: true,
    domeinCode: null,
    domein: 'Zorg en welzijn',
    dossierCrebo: null,
    dossierNaam: null,
    leerwegen: ['BOL'],
    prijsfactor: null,
    bron: 'kwalificatiestructuur-2015',
    bronnen: ['kwalificatiestructuur-2015'],
  },
];
export const rows: OfferRow[] = [
  { crebo: '25180', vestiging: '00AA00', leerweg: 'BOL', niveau: 4 },
  { crebo: '25180', vestiging: '00BB00', leerweg: 'BOL', niveau: 4 },
];
export const active: ActiveOffer = {
  offer: new Offer(rows, { locations, qualifications }),
  catalogue: catalogueFrom(qualifications, locations),
  modelled: true,
  file: null as never,
  qualifications: [],
};
const POP = new Float32Array(CELLS).fill(10);
export const grid = {
  count: CELLS,
  pop: POP,
  gemeente: new Uint16Array(CELLS),
  popByYear: { 2021: POP, 2026: POP, 2031: POP.map((p) => p / 2) },
};
export const gemeenten = [
  { code: 'GM0001', naam: 'G', provincie: 'P', amr: 'A', amrNaam: 'A', rmc: 'R', rmcNaam: 'R', krimp: null },
] as never[];
export const graph = lineGraphBytes(CELLS);
