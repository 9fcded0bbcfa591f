import { create } from 'zustand';
import type { RegionLayerId } from '../engine/metrics/regions.ts';
import { type Edit, type EditProblem, MAX_SCENARIO_NAME } from '../engine/scenario/index.ts';
import {
  type KeyValueStorage,
  loadScenarios,
  type StorageProblem,
  type StoredScenario,
  saveScenarios,
} from './scenario-storage.ts';

/**
 * The scenarios: several named, ordered edit lists, one of them active. Every change to an
 * edit list goes through the engine's all-or-nothing check first (passed in as `check`, because
 * the check needs the active offer, which lives in the dataset store); a refused change leaves
 * everything as it was and records the engine's reason in `refusal`.
 *
 * Undo/redo keeps whole edit lists per scenario (lists are short, so snapshots are cheaper to
 * reason about than inverse operations).
 */

/** Returns the problem with an edit list against the active offer, or null when it applies. */
export type EditsCheck = (edits: readonly Edit[]) => EditProblem | null;

interface History {
  past: Edit[][];
  future: Edit[][];
}

/** Metrics are shown for one region layer; "custom" is a set of gemeenten the user ticked. */
export const METRICS_REGION_LAYERS = [
  'gemeente',
  'arbeidsmarktregio',
  'rmc',
  'provincie',
  'custom',
] as const satisfies readonly RegionLayerId[];

/** Which programmes the metrics are about, within the selected niveau. */
export type MetricsFocus = { kind: 'niveau' } | { kind: 'crebo'; crebo: string } | { kind: 'domein'; domein: string };

/** What the scenario part of the screen shows; the part of the view a scenario link carries. */
export interface ScenarioView {
  regionLayer: RegionLayerId;
  /** CBS codes of the gemeenten in the custom selection. */
  customGemeenten: string[];
  /** false = the map shows the offer before the scenario (toggled with the B key). */
  showAfter: boolean;
  focus: MetricsFocus;
}

export const DEFAULT_SCENARIO_VIEW: ScenarioView = {
  regionLayer: 'provincie',
  customGemeenten: [],
  showAfter: true,
  focus: { kind: 'niveau' },
};

/** How much undo history each scenario keeps. */
export const HISTORY_LIMIT = 100;

/**
 * Why the scenarios are not saved: the browser has no local storage, the unreadable saved value
 * could not be backed up (so it is left alone), or a write failed (`detail`: the browser's message).
 */
export type SaveProblem =
  | { kind: 'no-storage' }
  | { kind: 'not-overwritten' }
  | { kind: 'write-failed'; detail: string };

/** Why a change to the scenarios was refused, as data (src/i18n/edit-problem.ts words it). */
export type ScenarioRefusal = { kind: 'edits'; problem: EditProblem } | { kind: 'name-length'; max: number };

export interface ScenarioState {
  scenarios: StoredScenario[];
  activeId: string;
  /** Two scenario ids to show side by side, or null. */
  compare: [string, string] | null;
  history: Record<string, History>;
  /** Why the last change was refused (engine reason or bad name); cleared by the next success. */
  refusal: ScenarioRefusal | null;
  /** Why the saved scenarios could not be read, and where the raw value was kept. */
  loadProblem: { problem: StorageProblem; backupKey: string | null } | null;
  /** Why saving failed (storage full or blocked), or null; worded in the UI's language by the panel. */
  saveProblem: SaveProblem | null;
  view: ScenarioView;
}

export interface ScenarioActions {
  addEdit(edit: Edit, check: EditsCheck): boolean;
  /** Removing an edit can break a later one (a stop of what an earlier start added), so it is checked too. */
  removeEdit(index: number, check: EditsCheck): boolean;
  undo(): void;
  redo(): void;
  rename(id: string, name: string): boolean;
  /** Copies a scenario (edits, not history), makes the copy active and returns its id. */
  duplicate(id: string, copyName: (name: string) => string): string;
  /** Starts a new empty scenario, makes it active and returns its id. */
  create(name: string): string;
  /** Deletes a scenario; the last one left cannot be deleted, it is emptied instead. */
  remove(id: string): void;
  setActive(id: string): void;
  setCompare(pair: [string, string] | null): void;
  /** Adds a scenario from a link (already validated) and makes it active; returns its id. */
  adopt(name: string, edits: Edit[]): string;
  /**
   * Adds scenarios read from a file (already fitted to the offer, names already unique) after
   * the existing ones, which stay as they are; the first added becomes active. Returns their ids.
   */
  addImported(scenarios: readonly { name: string; edits: Edit[] }[]): string[];
  clearRefusal(): void;
  clearLoadProblem(): void;
  setRegionLayer(layer: RegionLayerId): void;
  setCustomGemeenten(codes: string[]): void;
  toggleGemeente(code: string): void;
  setShowAfter(showAfter: boolean): void;
  setFocus(focus: MetricsFocus): void;
  toggleShowAfter(): void;
  setView(view: ScenarioView): void;
}

export type ScenarioStore = ScenarioState & ScenarioActions;

/**
 * Short random ids: only unique within one browser's saved list. getRandomValues, unlike
 * randomUUID, also exists outside secure contexts (the app served over plain http on a LAN).
 */
export function newScenarioId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function initialState(defaultName: string): ScenarioState {
  const id = newScenarioId();
  return {
    scenarios: [{ id, name: defaultName, edits: [] }],
    activeId: id,
    compare: null,
    history: {},
    refusal: null,
    loadProblem: null,
    saveProblem: null,
    view: DEFAULT_SCENARIO_VIEW,
  };
}

/** The active scenario (there always is one). */
export function activeScenario(state: Pick<ScenarioState, 'scenarios' | 'activeId'>): StoredScenario {
  return state.scenarios.find((s) => s.id === state.activeId) ?? state.scenarios[0];
}

export function createScenarioStore(defaultName = 'Scenario 1') {
  return create<ScenarioStore>()((set, get) => {
    /** Replaces the active scenario's edits, recording the old list for undo. */
    const commit = (edits: Edit[]) => {
      const state = get();
      const current = activeScenario(state);
      const history = state.history[current.id] ?? { past: [], future: [] };
      set({
        scenarios: state.scenarios.map((s) => (s.id === current.id ? { ...s, edits } : s)),
        history: {
          ...state.history,
          [current.id]: { past: [...history.past, current.edits].slice(-HISTORY_LIMIT), future: [] },
        },
        refusal: null,
      });
    };

    const tryCommit = (edits: Edit[], check: EditsCheck): boolean => {
      const problem = check(edits);
      if (problem) {
        set({ refusal: { kind: 'edits', problem } });
        return false;
      }
      commit(edits);
      return true;
    };

    /** Undo (back = true) or redo: swaps the current list with the top of one stack. */
    const step = (back: boolean) => {
      const state = get();
      const current = activeScenario(state);
      const history = state.history[current.id];
      const source = back ? history?.past : history?.future;
      if (!history || !source || source.length === 0) return;
      const target = source[source.length - 1];
      const next: History = back
        ? { past: history.past.slice(0, -1), future: [...history.future, current.edits] }
        : { past: [...history.past, current.edits], future: history.future.slice(0, -1) };
      set({
        scenarios: state.scenarios.map((s) => (s.id === current.id ? { ...s, edits: target } : s)),
        history: { ...state.history, [current.id]: next },
        refusal: null,
      });
    };

    const insert = (name: string, edits: Edit[]): string => {
      const id = newScenarioId();
      set((s) => ({ scenarios: [...s.scenarios, { id, name, edits }], activeId: id, refusal: null }));
      return id;
    };

    return {
      ...initialState(defaultName),
      addEdit: (edit, check) => tryCommit([...activeScenario(get()).edits, edit], check),
      removeEdit: (index, check) => {
        const edits = activeScenario(get()).edits;
        if (index < 0 || index >= edits.length) return false;
        return tryCommit([...edits.slice(0, index), ...edits.slice(index + 1)], check);
      },
      undo: () => step(true),
      redo: () => step(false),
      rename: (id, name) => {
        const trimmed = name.trim();
        if (trimmed.length === 0 || trimmed.length > MAX_SCENARIO_NAME) {
          set({ refusal: { kind: 'name-length', max: MAX_SCENARIO_NAME } });
          return false;
        }
        set((s) => ({ scenarios: s.scenarios.map((x) => (x.id === id ? { ...x, name: trimmed } : x)), refusal: null }));
        return true;
      },
      duplicate: (id, copyName) => {
        const source = get().scenarios.find((s) => s.id === id) ?? activeScenario(get());
        return insert(copyName(source.name).slice(0, MAX_SCENARIO_NAME), [...source.edits]);
      },
      create: (name) => insert(name, []),
      remove: (id) => {
        const state = get();
        if (state.scenarios.length === 1) {
          const only = state.scenarios[0];
          if (only.edits.length > 0) commit([]);
          return;
        }
        const scenarios = state.scenarios.filter((s) => s.id !== id);
        const { [id]: _dropped, ...history } = state.history;
        set({
          scenarios,
          history,
          activeId: state.activeId === id ? scenarios[0].id : state.activeId,
          compare: state.compare?.includes(id) ? null : state.compare,
        });
      },
      setActive: (id) => {
        if (get().scenarios.some((s) => s.id === id)) set({ activeId: id, refusal: null });
      },
      setCompare: (pair) => set({ compare: pair }),
      adopt: (name, edits) => insert(name.slice(0, MAX_SCENARIO_NAME), edits),
      addImported: (imported) => {
        if (imported.length === 0) return [];
        const added = imported.map(({ name, edits }) => ({
          id: newScenarioId(),
          name: name.slice(0, MAX_SCENARIO_NAME),
          edits,
        }));
        set((s) => ({ scenarios: [...s.scenarios, ...added], activeId: added[0].id, refusal: null }));
        return added.map((a) => a.id);
      },
      clearRefusal: () => set({ refusal: null }),
      clearLoadProblem: () => set({ loadProblem: null }),
      setRegionLayer: (regionLayer) => set((s) => ({ view: { ...s.view, regionLayer } })),
      setCustomGemeenten: (customGemeenten) => set((s) => ({ view: { ...s.view, customGemeenten } })),
      toggleGemeente: (code) =>
        set((s) => {
          const has = s.view.customGemeenten.includes(code);
          const customGemeenten = has
            ? s.view.customGemeenten.filter((c) => c !== code)
            : [...s.view.customGemeenten, code].sort();
          return { view: { ...s.view, customGemeenten } };
        }),
      setShowAfter: (showAfter) => set((s) => ({ view: { ...s.view, showAfter } })),
      setFocus: (focus) => set((s) => ({ view: { ...s.view, focus } })),
      toggleShowAfter: () => set((s) => ({ view: { ...s.view, showAfter: !s.view.showAfter } })),
      setView: (view) => set({ view }),
    };
  });
}

export type ScenarioStoreApi = ReturnType<typeof createScenarioStore>;

/**
 * Restores the saved scenarios into the store and saves every later change. A corrupt saved
 * value leaves the default scenario in place and sets `loadProblem` (the raw value is backed
 * up, see scenario-storage). Returns a stop function.
 */
export function persistScenarios(store: ScenarioStoreApi, storage: KeyValueStorage): () => void {
  const loaded = loadScenarios(storage);
  if (loaded.kind === 'ok') {
    store.setState({ scenarios: loaded.saved.scenarios, activeId: loaded.saved.active, history: {} });
  } else if (loaded.kind === 'corrupt') {
    store.setState({ loadProblem: { problem: loaded.problem, backupKey: loaded.backupKey } });
  }
  // Without a backup, overwriting the unreadable value would lose it: then nothing is saved.
  if (loaded.kind === 'corrupt' && loaded.backupKey === null) {
    store.setState({ saveProblem: { kind: 'not-overwritten' } });
    return () => {};
  }
  let lastScenarios = store.getState().scenarios;
  let lastActive = store.getState().activeId;
  // Only the scenarios and the active id are saved; history and view are per session/link.
  return store.subscribe((state) => {
    if (state.scenarios === lastScenarios && state.activeId === lastActive) return;
    lastScenarios = state.scenarios;
    lastActive = state.activeId;
    const detail = saveScenarios(storage, { active: state.activeId, scenarios: state.scenarios });
    const was = state.saveProblem?.kind === 'write-failed' ? state.saveProblem.detail : null;
    if (detail !== was) store.setState({ saveProblem: detail === null ? null : { kind: 'write-failed', detail } });
  });
}

/** The app's scenario store. */
export const useScenarioStore = createScenarioStore();

/**
 * Restores the saved scenarios from localStorage and saves every change; where the browser
 * blocks localStorage nothing is saved and the panel says so. Call before the URL sync, so a
 * shared link is added to the saved list rather than overwritten by it. Returns a stop function.
 */
export function startScenarioStorage(): () => void {
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  if (storage) return persistScenarios(useScenarioStore, storage);
  useScenarioStore.setState({ saveProblem: { kind: 'no-storage' } });
  return () => {};
}

/** Can undo/redo do anything for the active scenario? */
export function canUndo(state: ScenarioState): boolean {
  return (state.history[state.activeId]?.past.length ?? 0) > 0;
}
export function canRedo(state: ScenarioState): boolean {
  return (state.history[state.activeId]?.future.length ?? 0) > 0;
}
