import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Location, Qualification } from '../data/geodata/index.ts';
import { Offer, type OfferRow } from '../engine/offer/index.ts';
import { catalogueFrom } from '../engine/scenario/index.ts';
import type { ScenarioOffer } from './scenario-effects.ts';
import { startScenarioUrlSync } from './scenario-url-sync.ts';
import { encodeScenarioParam } from './scenario-url.ts';
import { activeScenario, DEFAULT_SCENARIO_VIEW, useScenarioStore } from './scenario.ts';
import { useUrlErrorStore } from './urlError.ts';

/** Just the part of `window` the sync touches: the hash, replaceState and hashchange. */
function fakeWindow(hash: string) {
  const listeners = new Set<() => void>();
  const win = {
    location: { hash, pathname: '/', search: '' },
    history: {
      state: null,
      replaceState: (_state: unknown, _title: string, url: string) => {
        win.location.hash = url.slice(url.indexOf('#') === -1 ? url.length : url.indexOf('#'));
      },
    },
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  return win;
}

const location = (brinvest: string): Location => ({
  brinvest, brin: brinvest.slice(0, 4), instelling: brinvest, naam: brinvest, adres: '', postcode: '1234AB', plaats: '',
  lon: 5, lat: 52, hoofdlocatie: true, gemeente: null, gemeenteNaam: null, amr: null, amrNaam: null, rmc: null,
  rmcNaam: null, provincie: null, krimp: null, cell: 0, onLand: true,
});
const locations = [location('00AA00')];
const qualifications: Qualification[] = [
  { crebo: '25180', naam: 'Test', niveau: 4, niveauBekend: true, domeinCode: null, domein: null, dossierCrebo: null,
    dossierNaam: null, leerwegen: ['BOL'], bron: 'kwalificatiestructuur-2015', bronnen: ['kwalificatiestructuur-2015'] },
];
const rows: OfferRow[] = [{ crebo: '25180', vestiging: '00AA00', leerweg: 'BOL', niveau: 4 }];
const offer: ScenarioOffer = {
  offer: new Offer(rows, { locations, qualifications }),
  catalogue: catalogueFrom(qualifications, locations),
  modelled: true,
};

const stop = { op: 'stop' as const, crebo: '25180', vestiging: '00AA00' };
const link = (edits: unknown[], name = 'Gedeeld') =>
  encodeScenarioParam({ name, edits: edits as never, view: { ...DEFAULT_SCENARIO_VIEW, regionLayer: 'rmc' }, modelledOffer: true });

describe('scenario URL sync', () => {
  let stopSync: () => void = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    const id = activeScenario(useScenarioStore.getState()).id;
    useScenarioStore.setState({ scenarios: [{ id, name: 'Eigen', edits: [] }], activeId: id, history: {}, view: DEFAULT_SCENARIO_VIEW });
    useUrlErrorStore.getState().setError(null);
  });
  afterEach(() => {
    stopSync();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the offer, then adopts the linked scenario and its view', () => {
    vi.stubGlobal('window', fakeWindow(`#n=4&s=${link([stop])}`));
    let current: ScenarioOffer | null = null;
    let notify = () => {};
    stopSync = startScenarioUrlSync({ getOffer: () => current, subscribeOffer: (l) => ((notify = l), () => {}) });
    expect(useScenarioStore.getState().scenarios).toHaveLength(1);
    current = offer;
    notify();
    const state = useScenarioStore.getState();
    expect(activeScenario(state)).toMatchObject({ name: 'Gedeeld', edits: [stop] });
    expect(state.view.regionLayer).toBe('rmc');
    expect(state.scenarios.map((s) => s.name)).toEqual(['Eigen', 'Gedeeld']);
  });

  it('activates an identical saved scenario instead of adding a copy (a reload)', () => {
    const id = useScenarioStore.getState().activeId;
    useScenarioStore.setState({ scenarios: [{ id: 'other', name: 'Ander', edits: [] }, { id, name: 'Gedeeld', edits: [stop] }], activeId: 'other' });
    vi.stubGlobal('window', fakeWindow(`#s=${link([stop])}`));
    stopSync = startScenarioUrlSync({ getOffer: () => offer, subscribeOffer: () => () => {} });
    expect(useScenarioStore.getState().scenarios).toHaveLength(2);
    expect(useScenarioStore.getState().activeId).toBe(id);
  });

  it('refuses a link whose edits do not fit the offer, with the reason, and keeps the saved scenarios', () => {
    vi.stubGlobal('window', fakeWindow(`#s=${link([stop, stop])}`));
    stopSync = startScenarioUrlSync({ getOffer: () => offer, subscribeOffer: () => () => {} });
    expect(useUrlErrorStore.getState().error).toMatch(/scenario in the link: edit 2 .*not offered/);
    expect(useScenarioStore.getState().scenarios.map((s) => s.name)).toEqual(['Eigen']);
    expect(useScenarioStore.getState().view).toEqual(DEFAULT_SCENARIO_VIEW);
  });

  it('writes the active scenario into the hash, next to the other parameters', () => {
    const win = fakeWindow('#n=4&lon=5.1000&lat=52.1000&z=8.00');
    vi.stubGlobal('window', win);
    stopSync = startScenarioUrlSync({ getOffer: () => offer, subscribeOffer: () => () => {} });
    useScenarioStore.getState().addEdit(stop, () => null);
    vi.advanceTimersByTime(1000);
    const params = new URLSearchParams(win.location.hash.slice(1));
    expect(params.get('n')).toBe('4');
    expect(params.get('lon')).toBe('5.1000');
    expect(params.get('s')).toBe(encodeScenarioParam({ name: 'Eigen', edits: [stop], view: DEFAULT_SCENARIO_VIEW, modelledOffer: true }));
    // Undo back to nothing: the parameter goes away again.
    useScenarioStore.getState().undo();
    vi.advanceTimersByTime(1000);
    expect(new URLSearchParams(win.location.hash.slice(1)).has('s')).toBe(false);
  });
});
