import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Location, Qualification } from '../../data/geodata/index.ts';
import { Offer } from '../../engine/offer/index.ts';
import { catalogueFrom } from '../../engine/scenario/index.ts';
import { programmeActionMessages } from '../../i18n/programme-actions.ts';
import { useDatasetStore } from '../../state/dataset.ts';
import { usePlacementStore } from '../../state/placement.ts';
import { activeScenario, useScenarioStore } from '../../state/scenario.ts';
import { resetStateStores } from '../../state/stores.fixture.ts';
import {
  ACTION_KINDS,
  actionsFor,
  PROGRAMME_ACTIONS,
  ProgrammeActionButtons,
  type ProgrammeTarget,
} from './ProgrammeActions.tsx';

const atLocation: ProgrammeTarget = {
  crebo: '25180',
  naam: 'Kok',
  niveau: 2,
  vestiging: '00AA00',
  status: 'offered',
};
const ids = (target: ProgrammeTarget, kinds = ACTION_KINDS.all) => actionsFor(target, kinds).map((a) => a.id);

describe('PROGRAMME_ACTIONS', () => {
  it('offers stop, uitruil and both placement questions for a programme offered at a location', () => {
    expect(ids(atLocation)).toEqual(['stop', 'uitruil', 'beste-plek', 'een-aanbieder']);
  });

  it('leaves out the edits where the scenario cannot be edited, and everything in the public view', () => {
    expect(ids(atLocation, ACTION_KINDS.questions)).toEqual(['beste-plek', 'een-aanbieder']);
    expect(ids(atLocation, ACTION_KINDS.none)).toEqual([]);
  });

  it('does not stop or hand over what the scenario already stopped, or started', () => {
    expect(ids({ ...atLocation, status: 'stopped' })).toEqual(['beste-plek', 'een-aanbieder']);
    expect(ids({ ...atLocation, status: 'started' })).toEqual(['beste-plek', 'een-aanbieder']);
  });

  it('asks only the questions where the crebo is listed without a location (the tables)', () => {
    expect(ids({ ...atLocation, vestiging: null, niveau: null })).toEqual(['beste-plek', 'een-aanbieder']);
  });

  it('names each button starting with its visible text (WCAG 2.5.3), in both languages', () => {
    for (const t of Object.values(programmeActionMessages)) {
      for (const action of PROGRAMME_ACTIONS) {
        const name = action.ariaLabel(t, atLocation);
        expect(name.startsWith(action.label(t))).toBe(true);
        expect(name).toContain('Kok (25180)');
      }
    }
  });

  it('has one id and one test id per action', () => {
    expect(new Set(PROGRAMME_ACTIONS.map((a) => a.id)).size).toBe(PROGRAMME_ACTIONS.length);
    for (const a of PROGRAMME_ACTIONS) expect(a.testId).toBe(`programme-${a.id}`);
    // Each acts at once or opens a form, never both and never neither.
    for (const a of PROGRAMME_ACTIONS) expect(Boolean(a.run) !== Boolean(a.Form)).toBe(true);
  });
});

describe('running an action', () => {
  const location = (brinvest: string): Location =>
    ({ brinvest, brin: brinvest.slice(0, 4), naam: brinvest, cell: 0, onLand: true, lon: 5, lat: 52 }) as Location;
  const qualifications = [{ crebo: '25180', naam: 'Kok', niveau: 2, domein: 'Horeca' } as Qualification];
  const locations = [location('00AA00'), location('00BB00')];

  beforeEach(() => {
    resetStateStores();
    usePlacementStore.setState(usePlacementStore.getInitialState(), true);
    useDatasetStore.setState({
      activeOffer: {
        offer: new Offer([{ crebo: '25180', vestiging: '00AA00', leerweg: 'BOL', niveau: 2 }], {
          locations,
          qualifications,
        }),
        catalogue: catalogueFrom(qualifications, locations),
        modelled: true,
        file: null as never,
        qualifications: [],
      },
    });
  });

  const run = (id: string, target: ProgrammeTarget) => PROGRAMME_ACTIONS.find((a) => a.id === id)?.run?.(target);

  it('stop puts the stop in the active scenario', () => {
    run('stop', atLocation);
    expect(activeScenario(useScenarioStore.getState()).edits).toEqual([
      { op: 'stop', crebo: '25180', vestiging: '00AA00' },
    ]);
  });

  it('the placement questions ask about the crebo as a whole', () => {
    run('beste-plek', atLocation);
    expect(usePlacementStore.getState().question).toEqual({ kind: 'beste-plek', crebo: '25180', brin: null });
    run('een-aanbieder', { ...atLocation, vestiging: null, niveau: null });
    expect(usePlacementStore.getState().question).toEqual({ kind: 'een-aanbieder', crebo: '25180', k: null });
    expect(activeScenario(useScenarioStore.getState()).edits).toEqual([]);
  });
});

describe('ProgrammeActionButtons', () => {
  const html = (props: Parameters<typeof ProgrammeActionButtons>[0]) =>
    renderToStaticMarkup(createElement(ProgrammeActionButtons, props));

  it('renders native buttons (in the tab order), named and tagged per action', () => {
    const markup = html({ target: atLocation, actions: actionsFor(atLocation, ACTION_KINDS.all), onToggle: () => {} });
    expect(markup.match(/<button type="button"/g)).toHaveLength(4);
    expect(markup).toContain('data-testid="programme-stop" data-crebo="25180" aria-label="Stop Kok (25180)');
    // The uitruil opens a form: its button says whether that form is open.
    expect(markup).toContain('data-testid="programme-uitruil" data-crebo="25180" aria-label="Uitruil Kok (25180)');
    expect(markup).toMatch(/data-testid="programme-uitruil"[^>]*aria-expanded="false"/);
    expect(markup).not.toMatch(/data-testid="programme-stop"[^>]*aria-expanded/);
  });

  it('leaves out actions with a form where there is no room to open one, and renders nothing for no actions', () => {
    const markup = html({ target: atLocation, actions: actionsFor(atLocation, ACTION_KINDS.all) });
    expect(markup).not.toContain('programme-uitruil');
    expect(markup).toContain('programme-stop');
    expect(html({ target: atLocation, actions: [] })).toBe('');
  });
});
