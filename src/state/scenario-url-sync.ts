import { useUrlErrorStore } from './urlError.ts';
import { DEFAULT_VIEW, useViewStore } from './view.ts';
import type { ScenarioOffer } from './scenario-effects.ts';
import {
  checkLinkAgainstOffer,
  decodeScenarioParam,
  encodeScenarioParam,
  scenarioParamOf,
  withScenarioParam,
  type ScenarioLink,
} from './scenario-url.ts';
import { activeScenario, DEFAULT_SCENARIO_VIEW, useScenarioStore } from './scenario.ts';

/**
 * Keeps the `s` parameter of the URL hash in step with the active scenario and the scenario
 * view, next to the view parameters that src/state/url/urlSync.ts owns (each side leaves the
 * other's keys alone). A link is applied once the offer is loaded, because only then can its
 * edits be checked; until then nothing is written, so the link is not overwritten. A bad link
 * gives the url-error message and the default view, and leaves the saved scenarios untouched.
 */

const WRITE_DELAY_MS = 300;

/** The running sync's offer, so "copy link" can record whether the offer is modelled. */
let offerSource: () => ScenarioOffer | null = () => null;

/** The `s` value for the current state, or null when there is nothing worth a parameter. */
function currentParam(): string | null {
  const state = useScenarioStore.getState();
  const scenario = activeScenario(state);
  const isDefaultView = JSON.stringify(state.view) === JSON.stringify(DEFAULT_SCENARIO_VIEW);
  if (scenario.edits.length === 0 && isDefaultView) return null;
  const modelledOffer = offerSource()?.modelled ?? null;
  return encodeScenarioParam({ name: scenario.name, edits: scenario.edits, view: state.view, modelledOffer });
}

/** `hash` with the current scenario written into it: for "copy link". */
export function currentScenarioHash(hash: string): string {
  return withScenarioParam(hash, currentParam());
}

/** Activates an identical saved scenario (a reload of a shared link) or adds the link's one. */
function adoptLink(link: ScenarioLink): void {
  const store = useScenarioStore.getState();
  const same = store.scenarios.find((s) => s.name === link.name && JSON.stringify(s.edits) === JSON.stringify(link.edits));
  if (same) store.setActive(same.id);
  else store.adopt(link.name, link.edits);
  useScenarioStore.getState().setView(link.view);
}

function rejectLink(reason: string): void {
  useUrlErrorStore.getState().setError(reason);
  useScenarioStore.getState().setView(DEFAULT_SCENARIO_VIEW);
  useViewStore.getState().applyView(DEFAULT_VIEW);
}

export interface ScenarioUrlSyncDeps {
  getOffer(): ScenarioOffer | null;
  subscribeOffer(listener: () => void): () => void;
}

/** Starts the sync; returns a stop function. */
export function startScenarioUrlSync(deps: ScenarioUrlSyncDeps): () => void {
  let pendingLink: ScenarioLink | null = null;
  let lastWritten: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const write = () => {
    timer = undefined;
    if (pendingLink) return;
    const param = currentParam();
    lastWritten = param;
    const hash = withScenarioParam(window.location.hash, param);
    if (hash !== window.location.hash) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
    }
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(write, WRITE_DELAY_MS);
  };

  const resolvePending = () => {
    const offer = deps.getOffer();
    if (!pendingLink || !offer) return;
    const link = pendingLink;
    pendingLink = null;
    const problem = checkLinkAgainstOffer(link, offer.offer.rows, offer.catalogue);
    if (problem) rejectLink(problem);
    else adoptLink(link);
    schedule();
  };

  const readHash = () => {
    const found = scenarioParamOf(window.location.hash);
    if ('error' in found) return rejectLink(found.error);
    if (found.param === null || found.param === lastWritten) return;
    const decoded = decodeScenarioParam(found.param);
    if (!decoded.ok) return rejectLink(decoded.reason);
    pendingLink = decoded.link;
    resolvePending();
  };

  const onOffer = () => {
    if (pendingLink) resolvePending();
    else schedule();
  };

  offerSource = deps.getOffer;
  readHash();
  const unsubscribers = [
    useScenarioStore.subscribe((s, prev) => {
      if (s.scenarios !== prev.scenarios || s.activeId !== prev.activeId || s.view !== prev.view) schedule();
    }),
    deps.subscribeOffer(onOffer),
  ];
  window.addEventListener('hashchange', readHash);
  return () => {
    offerSource = () => null;
    for (const unsubscribe of unsubscribers) unsubscribe();
    window.removeEventListener('hashchange', readHash);
    if (timer !== undefined) clearTimeout(timer);
  };
}
