import { beforeEach, describe, expect, it } from 'vitest';
import type { Location, Qualification } from '../data/geodata/index.ts';
import { testLocation } from '../data/geodata/location.fixture.ts';
import { Offer, type OfferRow } from '../engine/offer/index.ts';
import { catalogueFrom } from '../engine/scenario/index.ts';
import { type ActiveOffer, useDatasetStore } from './dataset.ts';
import { commitProgrammeEdit, focusProgramme } from './programme-edit.ts';
import { activeScenario, useScenarioStore } from './scenario.ts';
import { resetStateStores } from './stores.fixture.ts';
import { useTravelStore } from './travel.ts';
import { useViewStore } from './view.ts';

const location = (brinvest: string): Location => testLocation(brinvest);
const qualification = (crebo: string, niveau: 2 | 4): Qualification => ({
  crebo,
  naam: `Q${crebo}`,
  niveau,
  niveauBekend: true,
  domeinCode: null,
  domein: 'Zorg en welzijn',
  dossierCrebo: null,
  dossierNaam: null,
  leerwegen: ['BOL'],
  bron: 'kwalificatiestructuur-2015',
  bronnen: ['kwalificatiestructuur-2015'],
  prijsfactor: null,
});
const locations = [location('00AA00'), location('00BB00')];
const qualifications = [qualification('25180', 4), qualification('25200', 2)];
const rows: OfferRow[] = [
  { crebo: '25180', vestiging: '00AA00', leerweg: 'BOL', niveau: 4 },
  { crebo: '25180', vestiging: '00BB00', leerweg: 'BOL', niveau: 4 },
  { crebo: '25200', vestiging: '00AA00', leerweg: 'BOL', niveau: 2 },
];
const active: ActiveOffer = {
  offer: new Offer(rows, { locations, qualifications }),
  catalogue: catalogueFrom(qualifications, locations),
  modelled: true,
  file: null as never,
  qualifications: [],
};

beforeEach(() => {
  resetStateStores();
  useViewStore.getState().setNiveau(2);
  useDatasetStore.setState({ activeOffer: active });
});

describe('focusProgramme', () => {
  it('puts the crebo in focus for the figures and the travel field, at its niveau', () => {
    focusProgramme('25180', 4);
    expect(useScenarioStore.getState().view.focus).toEqual({ kind: 'crebo', crebo: '25180' });
    expect(useTravelStore.getState().crebo).toBe('25180');
    expect(useViewStore.getState().niveau).toBe(4);
  });

  it('leaves the niveau as it is when the programme has none', () => {
    focusProgramme('25180', null);
    expect(useTravelStore.getState().crebo).toBe('25180');
    expect(useViewStore.getState().niveau).toBe(2);
  });
});

describe('commitProgrammeEdit', () => {
  it('adds the stop to the active scenario and focuses its programme everywhere', () => {
    expect(commitProgrammeEdit({ op: 'stop', crebo: '25180', vestiging: '00BB00' }, 4)).toBe(true);
    expect(activeScenario(useScenarioStore.getState()).edits).toEqual([
      { op: 'stop', crebo: '25180', vestiging: '00BB00' },
    ]);
    expect(useScenarioStore.getState().view.focus).toEqual({ kind: 'crebo', crebo: '25180' });
    expect(useTravelStore.getState().crebo).toBe('25180');
    expect(useViewStore.getState().niveau).toBe(4);
  });

  it('refuses an edit the offer does not allow, with the reason, and moves no focus', () => {
    // 25200 is not offered at 00BB00, so it cannot stop there.
    expect(commitProgrammeEdit({ op: 'stop', crebo: '25200', vestiging: '00BB00' }, 2)).toBe(false);
    expect(activeScenario(useScenarioStore.getState()).edits).toEqual([]);
    expect(useScenarioStore.getState().refusal).not.toBeNull();
    expect(useScenarioStore.getState().view.focus).toEqual({ kind: 'niveau' });
    expect(useTravelStore.getState().crebo).toBeNull();
  });

  it('does nothing before an offer is active', () => {
    useDatasetStore.setState({ activeOffer: null });
    expect(commitProgrammeEdit({ op: 'stop', crebo: '25180', vestiging: '00BB00' }, 4)).toBe(false);
    expect(activeScenario(useScenarioStore.getState()).edits).toEqual([]);
  });

  it('checks a start and an uitruil the same way', () => {
    expect(commitProgrammeEdit({ op: 'start', crebo: '25200', vestiging: '00BB00' }, 2)).toBe(true);
    // 00BB00 offers 25180 already: nothing to hand over.
    expect(commitProgrammeEdit({ op: 'uitruil', crebo: '25180', van: '00AA00', naar: '00BB00' }, 4)).toBe(false);
    expect(activeScenario(useScenarioStore.getState()).edits).toHaveLength(1);
  });
});
