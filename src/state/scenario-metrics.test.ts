import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDatasetStore } from './dataset.ts';
import { inlineMetricsSession } from './metrics-session.fixture.ts';
import { metricsGeodataOf } from './metrics-session.ts';
import { startComputation } from './pipeline/computation.ts';
import { useScenarioStore } from './scenario.ts';
import { checkAgainst, scenarioMetricsComputation, useScenarioMetricsStore } from './scenario-metrics.ts';
import { resetStateStores } from './stores.fixture.ts';
import { useTravelStore } from './travel.ts';
import { active, gemeenten, graph, grid, locations, qualifications } from './two-locations.fixture.ts';
import { useViewStore } from './view.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the scenario metrics computation', () => {
  let stop: () => void = () => {};
  let session: ReturnType<typeof inlineMetricsSession>;
  beforeEach(() => {
    resetStateStores();
    useViewStore.getState().setNiveau(4);
    useTravelStore.getState().applyLimits({ 1: 10, 2: 10, 3: 10, 4: 10 });
    useDatasetStore.setState({ activeOffer: active });
    session = inlineMetricsSession(metricsGeodataOf({ grid, gemeenten, locations, qualifications }), graph);
    stop = startComputation(
      useScenarioMetricsStore,
      scenarioMetricsComputation({ session, crebosOfDomein: () => ['25180'], gemeenteIndex: () => 0 }),
    );
  });
  afterEach(() => stop());

  it('computes before/after on start and after an edit, and marks figures stale meanwhile', async () => {
    await settle();
    expect(useScenarioMetricsStore.getState().status).toBe('ready');
    expect(useScenarioMetricsStore.getState().value?.evaluation.after.figures.coverage.count).toBe(60);

    useScenarioStore.getState().addEdit({ op: 'stop', crebo: '25180', vestiging: '00AA00' }, checkAgainst(active));
    await Promise.resolve();
    // The request is out; the old figures are still shown, marked stale.
    expect(useScenarioMetricsStore.getState()).toMatchObject({ status: 'computing', stale: true });
    await settle();
    const state = useScenarioMetricsStore.getState();
    expect(state.stale).toBe(false);
    expect(state.value?.evaluation.after.figures.coverage.count).toBe(30);
    expect(state.value?.evaluation.lostCells).toBe(3);

    useScenarioStore.getState().undo();
    await settle();
    expect(useScenarioMetricsStore.getState().value?.evaluation.after.figures.coverage.count).toBe(60);
    expect(session.calls).toBe(3);
  });

  it('does not recompute for a rename, and says why a scenario does not fit the offer', async () => {
    await settle();
    useScenarioStore.getState().rename(useScenarioStore.getState().activeId, 'Nieuw');
    await settle();
    expect(session.calls).toBe(1);

    // A scenario saved against another offer: stopping something this offer lacks.
    const id = useScenarioStore.getState().activeId;
    useScenarioStore.setState({
      scenarios: [{ id, name: 'S', edits: [{ op: 'stop', crebo: '25180', vestiging: '00ZZ00' }] }],
    });
    await settle();
    expect(useScenarioMetricsStore.getState()).toMatchObject({
      status: 'error',
      inputIssue: { kind: 'edit', scenario: null },
      stale: true,
    });
    expect(useScenarioMetricsStore.getState().error).toMatch(/edit 1 \(field vestiging\)/);
  });

  it('summarises two compared scenarios and names the one that does not fit', async () => {
    const state = useScenarioStore.getState();
    const first = state.activeId;
    useScenarioStore.setState({
      scenarios: [
        { id: first, name: 'S', edits: [] },
        { id: 'b', name: 'Dicht', edits: [{ op: 'stop', crebo: '25180', vestiging: '00BB00' }] },
      ],
      compare: [first, 'b'],
    });
    await settle();
    const value = useScenarioMetricsStore.getState().value!;
    expect(value.comparedIds).toEqual([first, 'b']);
    expect(value.evaluation.extra.map((e) => e.figures.coverage.count)).toEqual([60, 30]);
    useScenarioStore.setState({
      scenarios: [
        { id: first, name: 'S', edits: [] },
        { id: 'b', name: 'Dicht', edits: [{ op: 'stop', crebo: '25180', vestiging: '00ZZ00' }] },
      ],
    });
    await settle();
    expect(useScenarioMetricsStore.getState().error).toMatch(/^Dicht: edit 1/);
  });

  it('goes idle without a niveau, and asks nothing more', async () => {
    await settle();
    useViewStore.getState().setNiveau(null);
    await settle();
    expect(useScenarioMetricsStore.getState()).toMatchObject({ status: 'idle', value: null });
    useScenarioStore.getState().addEdit({ op: 'stop', crebo: '25180', vestiging: '00AA00' }, checkAgainst(active));
    await settle();
    expect(session.calls).toBe(1);
  });
});
