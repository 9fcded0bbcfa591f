import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Location, Qualification } from '../../data/geodata/index.ts';
import { testLocation } from '../../data/geodata/location.fixture.ts';
import { Offer, type OfferRow } from '../../engine/offer/index.ts';
import { catalogueFrom } from '../../engine/scenario/index.ts';
import { type ActiveOffer, useDatasetStore } from '../dataset.ts';
import { useJaarStore } from '../jaar.ts';
import { activeScenario, DEFAULT_SCENARIO_VIEW, useScenarioStore } from '../scenario.ts';
import { useSelectionStore } from '../selection.ts';
import { resetStateStores } from '../stores.fixture.ts';
import { DEFAULT_TRAVEL_LIMITS, useTravelStore } from '../travel.ts';
import { useUrlErrorStore } from '../url-error.ts';
import { useViewStore } from '../view.ts';
import { useWeergaveStore } from '../weergave.ts';
import { encodeScenarioParam } from './scenario-param.ts';
import { currentHash, MAX_HASH_LENGTH, startUrlSync, type UrlWindow } from './url-sync.ts';

/** Just the part of `window` the sync touches: the URL, replaceState and hashchange. */
function fakeWindow(hash: string, search = '') {
  const listeners = new Set<() => void>();
  let writes = 0;
  const win: UrlWindow & { fireHashChange(hash: string): void; writes(): number } = {
    location: { hash, pathname: '/', search },
    history: {
      state: null,
      replaceState: (_state, _unused, url) => {
        writes++;
        const at = url.indexOf('#');
        win.location.hash = at === -1 ? '' : url.slice(at);
        const query = url.slice(url.indexOf('/') + 1, at === -1 ? url.length : at);
        win.location.search = query;
      },
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    fireHashChange(next) {
      win.location.hash = next;
      for (const listener of listeners) listener();
    },
    writes: () => writes,
  };
  return win;
}

const location = (brinvest: string): Location => testLocation(brinvest, { gemeente: null, gemeenteNaam: null });
const qualification = (crebo: string, niveau: 2 | 4): Qualification => ({
  crebo,
  naam: 'Test',
  niveau,
  niveauBekend: true,
  domeinCode: null,
  domein: null,
  dossierCrebo: null,
  dossierNaam: null,
  leerwegen: ['BOL', 'BBL'],
  prijsfactor: null,
  bron: 'kwalificatiestructuur-2015',
  bronnen: ['kwalificatiestructuur-2015'],
});

function activeOffer(rows: OfferRow[], places: string[], crebos: Qualification[]): ActiveOffer {
  const locations = places.map(location);
  return {
    offer: new Offer(rows, { locations, qualifications: crebos }),
    catalogue: catalogueFrom(crebos, locations),
    modelled: true,
    file: null as never,
    qualifications: [],
  };
}

const offer = activeOffer(
  [{ crebo: '25180', vestiging: '00AA00', leerweg: 'BOL', niveau: 4 }],
  ['00AA00'],
  [qualification('25180', 4)],
);
const stop = { op: 'stop' as const, crebo: '25180', vestiging: '00AA00' };
const link = (edits: unknown[], name = 'Gedeeld') =>
  encodeScenarioParam({
    name,
    edits: edits as never,
    view: { ...DEFAULT_SCENARIO_VIEW, regionLayer: 'rmc' },
    modelledOffer: true,
  });

let stopSync: () => void = () => {};
beforeEach(() => {
  vi.useFakeTimers();
  resetStateStores();
  const id = activeScenario(useScenarioStore.getState()).id;
  useScenarioStore.setState({ scenarios: [{ id, name: 'Eigen', edits: [] }], activeId: id });
});
afterEach(() => {
  stopSync();
  vi.useRealTimers();
});

describe('the URL sync', () => {
  it('reads every part of the link into its store before anything renders', () => {
    stopSync = startUrlSync(
      fakeWindow('#lon=5.1000&lat=52.1000&z=8.00&n=2&sel=00AA00&q=25180&lim=2.30', '?weergave=sector'),
    );
    expect(useViewStore.getState()).toMatchObject({ niveau: 2, camera: { lon: 5.1, lat: 52.1, zoom: 8 } });
    expect(useSelectionStore.getState().brinvest).toBe('00AA00');
    expect(useTravelStore.getState()).toMatchObject({ crebo: '25180', limits: { ...DEFAULT_TRAVEL_LIMITS, 2: 30 } });
    expect(useWeergaveStore.getState().weergave).toBe('sector');
    expect(useUrlErrorStore.getState().error).toBeNull();
  });

  it('writes all parts with one replaceState after the last change, keeping unknown keys', () => {
    const win = fakeWindow('#other=1');
    stopSync = startUrlSync(win);
    useViewStore.getState().setNiveau(4);
    useTravelStore.getState().setCrebo('25180');
    useTravelStore.getState().setLimit(4, 60);
    vi.advanceTimersByTime(1000);
    expect(win.writes()).toBe(1);
    expect(win.location.hash).toBe('#other=1&n=4&q=25180&lim=4.60');
    useWeergaveStore.getState().setWeergave('publiek');
    vi.advanceTimersByTime(1000);
    expect(win.location.search).toBe('?weergave=publiek');
  });

  it('reads and writes the population year, leaving out 2021', () => {
    const win = fakeWindow('#n=2&j=2031');
    stopSync = startUrlSync(win);
    expect(useJaarStore.getState().jaar).toBe(2031);
    useJaarStore.getState().setJaar(2026);
    vi.advanceTimersByTime(1000);
    expect(win.location.hash).toBe('#n=2&j=2026');
    useJaarStore.getState().setJaar(2021);
    vi.advanceTimersByTime(1000);
    expect(win.location.hash).toBe('#n=2');
  });

  it('refuses a population year outside the list', () => {
    stopSync = startUrlSync(fakeWindow('#j=2030'));
    expect(useJaarStore.getState().jaar).toBe(2021);
    expect(useUrlErrorStore.getState().error).toEqual({ kind: 'invalid', key: 'j', value: '2030' });
  });

  it('opens the default screen for a link with an unusable part, and says which and why', () => {
    stopSync = startUrlSync(fakeWindow('#n=2&q=25180&lim=2.999'));
    expect(useUrlErrorStore.getState().error).toEqual({ kind: 'limit-out-of-bounds', niveau: 2, minutes: 999 });
    expect(useViewStore.getState().niveau).toBeNull();
    expect(useTravelStore.getState().crebo).toBeNull();
  });

  it('refuses an over-long link before parsing it', () => {
    stopSync = startUrlSync(fakeWindow(`#n=2&r=${'x'.repeat(MAX_HASH_LENGTH)}`));
    expect(useUrlErrorStore.getState().error).toEqual({ kind: 'link-too-long', limit: MAX_HASH_LENGTH });
    expect(useViewStore.getState().niveau).toBeNull();
  });

  it('follows a hash the user edits', () => {
    const win = fakeWindow('#n=2');
    stopSync = startUrlSync(win);
    win.fireHashChange('#n=3&q=25180');
    expect(useViewStore.getState().niveau).toBe(3);
    expect(useTravelStore.getState().crebo).toBe('25180');
  });

  it('waits for the offer, then adopts the linked scenario and its view, without rewriting the link meanwhile', () => {
    const win = fakeWindow(`#n=4&s=${link([stop])}`);
    stopSync = startUrlSync(win);
    expect(useScenarioStore.getState().scenarios).toHaveLength(1);
    useViewStore.getState().setNiveau(4);
    useViewStore.getState().setCamera({ lon: 5, lat: 52, zoom: 8 });
    vi.advanceTimersByTime(1000);
    expect(new URLSearchParams(win.location.hash.slice(1)).get('s')).toBe(link([stop]));
    useDatasetStore.setState({ activeOffer: offer });
    const state = useScenarioStore.getState();
    expect(activeScenario(state)).toMatchObject({ name: 'Gedeeld', edits: [stop] });
    expect(state.view.regionLayer).toBe('rmc');
    expect(state.scenarios.map((s) => s.name)).toEqual(['Eigen', 'Gedeeld']);
  });

  it('activates an identical saved scenario instead of adding a copy (a reload)', () => {
    const id = useScenarioStore.getState().activeId;
    useScenarioStore.setState({
      scenarios: [
        { id: 'other', name: 'Ander', edits: [] },
        { id, name: 'Gedeeld', edits: [stop] },
      ],
      activeId: 'other',
    });
    useDatasetStore.setState({ activeOffer: offer });
    stopSync = startUrlSync(fakeWindow(`#s=${link([stop])}`));
    expect(useScenarioStore.getState().scenarios).toHaveLength(2);
    expect(useScenarioStore.getState().activeId).toBe(id);
  });

  it('refuses a link whose edits do not fit the offer, with the reason, and keeps the saved scenarios', () => {
    useDatasetStore.setState({ activeOffer: offer });
    stopSync = startUrlSync(fakeWindow(`#n=4&s=${link([stop, stop])}`));
    expect(useUrlErrorStore.getState().error).toMatchObject({
      kind: 'scenario',
      problem: { kind: 'edit', problem: { index: 1, reason: { code: 'not-offered' } } },
    });
    expect(useScenarioStore.getState().scenarios.map((s) => s.name)).toEqual(['Eigen']);
    expect(useScenarioStore.getState().view).toEqual(DEFAULT_SCENARIO_VIEW);
    expect(useViewStore.getState().niveau).toBeNull();
  });

  it('writes the active scenario into the hash next to the other parameters, and "copy link" sees it at once', () => {
    useDatasetStore.setState({ activeOffer: offer });
    const win = fakeWindow('#n=4&lon=5.1000&lat=52.1000&z=8.00');
    stopSync = startUrlSync(win);
    useScenarioStore.getState().addEdit(stop, () => null);
    const expected = encodeScenarioParam({
      name: 'Eigen',
      edits: [stop],
      view: DEFAULT_SCENARIO_VIEW,
      modelledOffer: true,
    });
    expect(new URLSearchParams(currentHash(win.location.hash).slice(1)).get('s')).toBe(expected);
    vi.advanceTimersByTime(1000);
    const params = new URLSearchParams(win.location.hash.slice(1));
    expect(params.get('n')).toBe('4');
    expect(params.get('lon')).toBe('5.1000');
    expect(params.get('s')).toBe(expected);
    // Undo back to nothing: the parameter goes away again.
    useScenarioStore.getState().undo();
    vi.advanceTimersByTime(1000);
    expect(new URLSearchParams(win.location.hash.slice(1)).has('s')).toBe(false);
  });
});

/** Links made with the app before the one URL sync (test/fixtures/links): they must still open. */
describe('old links', () => {
  const links = JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/links/links-3c2e99f.json'), 'utf8'),
  );
  const modelled = activeOffer(
    [
      { crebo: '25002', vestiging: '00GT00', leerweg: 'BBL', niveau: 2 },
      { crebo: '25002', vestiging: '00GT00', leerweg: 'BOL', niveau: 2 },
      { crebo: '25009', vestiging: '00GT00', leerweg: 'BOL', niveau: 4 },
    ],
    ['00GT00', '00GT01'],
    [qualification('25002', 2), qualification('25009', 4)],
  );

  it('a view and travel link', () => {
    // Links from before the population years mean 2021, whatever the screen showed before.
    useJaarStore.getState().setJaar(2031);
    const win = fakeWindow(links.viewAndTravel);
    stopSync = startUrlSync(win);
    expect(useUrlErrorStore.getState().error).toBeNull();
    expect(useViewStore.getState()).toMatchObject({
      camera: { lon: 5.1214, lat: 52.0907, zoom: 9.5 },
      niveau: 2,
      filters: { institution: '25LX', regionLayer: 'provincie', region: 'PV26' },
      offerFilter: { niveaus: [2, 3], domains: ['Zorg en welzijn'], crebos: ['25180'], leerweg: 'BOL' },
    });
    expect(useSelectionStore.getState().brinvest).toBe('25LX00');
    expect(useTravelStore.getState()).toMatchObject({
      crebo: '25655',
      limits: { ...DEFAULT_TRAVEL_LIMITS, 1: 30, 4: 90 },
    });
    expect(useJaarStore.getState().jaar).toBe(2021);
    // Written back unchanged: the link stays the same link.
    expect(currentHash(links.viewAndTravel)).toBe(links.viewAndTravel);
  });

  it('a scenario link with a crebo focus, custom gemeenten and the before view', () => {
    useDatasetStore.setState({ activeOffer: modelled });
    stopSync = startUrlSync(fakeWindow(links.scenarioCrebo));
    expect(useUrlErrorStore.getState().error).toBeNull();
    // Its lang=en is the language codec's (src/i18n/language-codec.test.ts).
    expect(useViewStore.getState()).toMatchObject({ niveau: 2 });
    const state = useScenarioStore.getState();
    expect(activeScenario(state)).toMatchObject({
      name: 'Krimp Noord',
      edits: [
        { op: 'stop', crebo: '25002', vestiging: '00GT00', leerweg: 'BBL' },
        { op: 'start', crebo: '25002', vestiging: '00GT01' },
      ],
    });
    expect(state.view).toEqual({
      regionLayer: 'gemeente',
      customGemeenten: ['GM0014', 'GM0034'],
      showAfter: false,
      focus: { kind: 'crebo', crebo: '25002' },
    });
    expect(currentHash(links.scenarioCrebo)).toBe(links.scenarioCrebo);
  });

  it('a scenario link with a domain focus and a travel limit', () => {
    useDatasetStore.setState({ activeOffer: modelled });
    stopSync = startUrlSync(fakeWindow(links.scenarioDomein));
    expect(useUrlErrorStore.getState().error).toBeNull();
    expect(useTravelStore.getState().limits).toEqual({ ...DEFAULT_TRAVEL_LIMITS, 4: 60 });
    const state = useScenarioStore.getState();
    expect(activeScenario(state)).toMatchObject({
      name: 'Domein',
      edits: [{ op: 'stop', crebo: '25009', vestiging: '00GT00' }],
    });
    expect(state.view).toEqual({
      regionLayer: 'custom',
      customGemeenten: ['GM0363'],
      showAfter: true,
      focus: { kind: 'domein', domein: 'Techniek en procesindustrie' },
    });
  });
});
