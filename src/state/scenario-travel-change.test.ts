import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnalysisApi } from '../../workers/analysis/analysis-api.ts';
import { travelTimeChange } from '../engine/analysis/index.ts';
import { decodeGraph } from '../engine/graph/codec.ts';
import { regionContext } from '../engine/metrics/regions.ts';
import { createTravelSearch } from '../engine/travel/search.ts';
import { useDatasetStore } from './dataset.ts';
import { earlyWarningComputation, useEarlyWarningStore } from './early-warning.ts';
import { useEarlyWarningViewStore } from './early-warning-view.ts';
import { inlineMetricsSession } from './metrics-session.fixture.ts';
import { metricsGeodataOf } from './metrics-session.ts';
import { startComputation } from './pipeline/computation.ts';
import { idleResult } from './pipeline/result-store.ts';
import { cachedProgrammeLocations } from './programme-locations-source.ts';
import { activeScenario, DEFAULT_SCENARIO_VIEW, useScenarioStore } from './scenario.ts';
import {
  checkAgainst,
  type ScenarioFigures,
  scenarioMetricsComputation,
  useScenarioMetricsStore,
} from './scenario-metrics.ts';
import { resetStateStores } from './stores.fixture.ts';
import { useTravelStore } from './travel.ts';
import { active, gemeenten, graph, grid, locations, qualifications } from './two-locations.fixture.ts';
import { useViewStore } from './view.ts';
import { useWeergaveStore } from './weergave.ts';

/**
 * Two ways to the minutes a stop adds must agree exactly: the early-warning row's extra minutes
 * (one two-nearest search) and the scenario's travel change after that stop (two travel fields),
 * both through the app's pipeline on the code the workers run; and the scenario's travel change
 * equals the engine run directly on fields of the same offers.
 */
// The two-location line world; limit 100 minutes, so both locations reach every cell.
const LIMIT = 100;

const settle = async () => {
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 0));
    if (
      useEarlyWarningStore.getState().status !== 'computing' &&
      useScenarioMetricsStore.getState().status !== 'computing'
    )
      return;
  }
};

describe('the minutes a stop adds', () => {
  const stops: (() => void)[] = [];
  beforeEach(() => {
    resetStateStores();
    const id = activeScenario(useScenarioStore.getState()).id;
    useScenarioStore.setState({
      scenarios: [{ id, name: 'S', edits: [] }],
      activeId: id,
      history: {},
      compare: null,
      view: { ...DEFAULT_SCENARIO_VIEW, focus: { kind: 'crebo', crebo: '25180' } },
    });
    useWeergaveStore.setState({ weergave: 'bewerken' });
    useViewStore.getState().setNiveau(4);
    useTravelStore.getState().applyLimits({ 1: LIMIT, 2: LIMIT, 3: LIMIT, 4: LIMIT });
    useScenarioMetricsStore.setState(idleResult<ScenarioFigures>(), true);
    useEarlyWarningStore.setState(idleResult());
    useEarlyWarningViewStore.setState({ open: true });
    useDatasetStore.setState({ activeOffer: active });
    const session = inlineMetricsSession(metricsGeodataOf({ grid, gemeenten, locations, qualifications }), graph);
    const api = createAnalysisApi();
    api.init({
      graph: graph.slice(0),
      popByYear: grid.popByYear,
      gemeente: grid.gemeente,
      gemeenteCount: 1,
      krimp: new Uint8Array(1),
    });
    stops.push(
      startComputation(
        useScenarioMetricsStore,
        scenarioMetricsComputation({ session, crebosOfDomein: () => ['25180'], gemeenteIndex: () => 0 }),
      ),
      startComputation(
        useEarlyWarningStore,
        earlyWarningComputation({
          // The worker's own API in-process (the protocol's generic call signature is the client's business).
          programmeLocations: cachedProgrammeLocations({
            call: async (_method: 'programmeLocations', args: Parameters<typeof api.programmeLocations>) =>
              api.programmeLocations(...args),
          } as never),
        }),
      ),
    );
  });
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
  });

  it('after a one-click stop equal the row’s extra minutes, and the engine on the fields directly', async () => {
    await settle();
    const row = useEarlyWarningStore.getState().value?.locations.find((l) => l.vestiging === '00AA00');
    // Cells 0–4 are nearest A: 10, 0, 10, 20, 30 minutes; to B 80, 70, 60, 50, 40.
    expect(row?.extraMeanMinutes).toBe((70 + 70 + 50 + 30 + 10) / 5);
    expect(useScenarioMetricsStore.getState().value?.evaluation.travelChange.addedPeople).toBe(0);

    expect(
      useScenarioStore.getState().addEdit({ op: 'stop', crebo: '25180', vestiging: '00AA00' }, checkAgainst(active)),
    ).toBe(true);
    await settle();
    const change = useScenarioMetricsStore.getState().value!.evaluation.travelChange;
    expect(change.addedPersonMinutes / change.addedPeople).toBe(row!.extraMeanMinutes);
    expect(change.addedPeople).toBe(50);

    const search = createTravelSearch(decodeGraph(graph));
    const field = (cells: number[]) => search.computeField(Int32Array.from(cells), LIMIT).minutes;
    const direct = travelTimeChange(field([1, 8]), field([8]), LIMIT, regionContext(grid, 1, new Uint8Array(1)));
    expect(change).toEqual(direct);
  });
});
