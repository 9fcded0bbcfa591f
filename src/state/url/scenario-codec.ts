import { useDatasetStore } from '../dataset.ts';
import { activeScenario, DEFAULT_SCENARIO_VIEW, useScenarioStore } from '../scenario.ts';
import {
  checkLinkAgainstOffer,
  decodeScenarioParam,
  encodeScenarioParam,
  OFFER_NOT_LOADED,
  SCENARIO_URL_KEY,
  type ScenarioLink,
  scenarioParamOf,
} from './scenario-param.ts';
import type { UrlCodec } from './url-codec.ts';

/** Activates an identical saved scenario (a reload of a shared link) or adds the link's one. */
function adoptLink(link: ScenarioLink): void {
  const store = useScenarioStore.getState();
  const same = store.scenarios.find(
    (s) => s.name === link.name && JSON.stringify(s.edits) === JSON.stringify(link.edits),
  );
  if (same) store.setActive(same.id);
  else store.adopt(link.name, link.edits);
  useScenarioStore.getState().setView(link.view);
}

/**
 * The active scenario and the scenario view (`s`, see scenario-param.ts). A link's edits can only
 * be checked against the offer, so it waits for the active offer; a link that does not fit it
 * is refused with the reason, and the saved scenarios stay untouched.
 */
export const scenarioCodec: UrlCodec<ScenarioLink | null> = {
  keys: [SCENARIO_URL_KEY],
  decode: (hash) => {
    const found = scenarioParamOf(hash);
    if ('problem' in found) return { ok: false, problem: found.problem };
    if (found.param === null) return { ok: true, value: null };
    const decoded = decodeScenarioParam(found.param);
    return decoded.ok ? { ok: true, value: decoded.link } : { ok: false, problem: decoded.problem };
  },
  apply: (link) => {
    // No `s` in the link: the saved scenarios stay as they are.
    if (link === null) return null;
    const active = useDatasetStore.getState().activeOffer;
    if (!active) return OFFER_NOT_LOADED;
    const problem = checkLinkAgainstOffer(link, active.offer.rows, active.catalogue);
    if (problem) return problem;
    adoptLink(link);
    return null;
  },
  reset: () => useScenarioStore.getState().setView(DEFAULT_SCENARIO_VIEW),
  encode: (params) => {
    const state = useScenarioStore.getState();
    const scenario = activeScenario(state);
    const isDefaultView = JSON.stringify(state.view) === JSON.stringify(DEFAULT_SCENARIO_VIEW);
    if (scenario.edits.length === 0 && isDefaultView) return;
    const modelledOffer = useDatasetStore.getState().activeOffer?.modelled ?? null;
    params.set(
      SCENARIO_URL_KEY,
      encodeScenarioParam({ name: scenario.name, edits: scenario.edits, view: state.view, modelledOffer }),
    );
  },
  stores: [useScenarioStore, useDatasetStore],
  waitFor: { store: useDatasetStore, ready: () => useDatasetStore.getState().activeOffer !== null },
};
