import { describe, expect, it } from 'vitest';
import type { OfferRow } from '../engine/offer/types.ts';
import { applyEdits, catalogueFrom, type Edit } from '../engine/scenario/index.ts';
import {
  activeScenario,
  canRedo,
  canUndo,
  createScenarioStore,
  type EditsCheck,
  persistScenarios,
} from './scenario.ts';
import { BACKUP_KEY_PREFIX, type KeyValueStorage, MAX_STORED_CHARS, STORAGE_KEY } from './scenario-storage.ts';

const catalogue = catalogueFrom(
  [
    { crebo: '25180', niveau: 4, leerwegen: ['BOL', 'BBL'] },
    { crebo: '25655', niveau: 2, leerwegen: ['BOL'] },
  ],
  [{ brinvest: '00GT00' }, { brinvest: '00GT01' }, { brinvest: '25LX00' }],
);
const offer: OfferRow[] = [{ crebo: '25180', vestiging: '00GT00', leerweg: 'BOL', niveau: 4 }];
const check: EditsCheck = (edits) => {
  const result = applyEdits(offer, edits, catalogue);
  return 'error' in result ? result.error : null;
};

const stop: Edit = { op: 'stop', crebo: '25180', vestiging: '00GT00' };
const start: Edit = { op: 'start', crebo: '25655', vestiging: '25LX00', leerweg: 'BOL' };

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

describe('scenario store', () => {
  it('adds a valid edit and refuses an invalid one without changing anything', () => {
    const store = createScenarioStore();
    expect(store.getState().addEdit(stop, check)).toBe(true);
    const before = store.getState().scenarios;
    // Stopping the same programme twice: it is no longer offered after the first stop.
    expect(store.getState().addEdit(stop, check)).toBe(false);
    expect(store.getState().scenarios).toBe(before);
    expect(store.getState().refusal).toMatchObject({
      kind: 'edits',
      problem: { index: 1, reason: { code: 'not-offered', vestiging: '00GT00' } },
    });
  });

  it('undoes and redoes, and a new edit clears the redo stack', () => {
    const store = createScenarioStore();
    store.getState().addEdit(stop, check);
    store.getState().addEdit(start, check);
    store.getState().undo();
    expect(activeScenario(store.getState()).edits).toEqual([stop]);
    expect(canRedo(store.getState())).toBe(true);
    store.getState().redo();
    expect(activeScenario(store.getState()).edits).toEqual([stop, start]);
    store.getState().undo();
    store.getState().undo();
    expect(activeScenario(store.getState()).edits).toEqual([]);
    expect(canUndo(store.getState())).toBe(false);
    store.getState().addEdit(start, check);
    expect(canRedo(store.getState())).toBe(false);
  });

  it('refuses to remove an edit that a later edit depends on', () => {
    const store = createScenarioStore();
    const startHere: Edit = { op: 'start', crebo: '25655', vestiging: '00GT01' };
    const stopIt: Edit = { op: 'stop', crebo: '25655', vestiging: '00GT01' };
    store.getState().addEdit(startHere, check);
    store.getState().addEdit(stopIt, check);
    expect(store.getState().removeEdit(0, check)).toBe(false);
    expect(activeScenario(store.getState()).edits).toEqual([startHere, stopIt]);
    expect(store.getState().removeEdit(1, check)).toBe(true);
    expect(activeScenario(store.getState()).edits).toEqual([startHere]);
  });

  it('renames, duplicates and keeps history per scenario', () => {
    const store = createScenarioStore();
    store.getState().addEdit(stop, check);
    const first = store.getState().activeId;
    expect(store.getState().rename(first, '   ')).toBe(false);
    expect(store.getState().rename(first, ' Noord ')).toBe(true);
    const copy = store.getState().duplicate(first, (n) => `${n} (kopie)`);
    expect(store.getState().activeId).toBe(copy);
    expect(activeScenario(store.getState())).toMatchObject({ name: 'Noord (kopie)', edits: [stop] });
    expect(canUndo(store.getState())).toBe(false);
    store.getState().setActive(first);
    expect(canUndo(store.getState())).toBe(true);
  });

  it('never deletes the last scenario, and clears a comparison that used a deleted one', () => {
    const store = createScenarioStore();
    const a = store.getState().activeId;
    const b = store.getState().create('B');
    store.getState().setCompare([a, b]);
    store.getState().remove(b);
    expect(store.getState().compare).toBeNull();
    expect(store.getState().activeId).toBe(a);
    store.getState().addEdit(stop, check);
    store.getState().remove(a);
    expect(store.getState().scenarios).toHaveLength(1);
    expect(activeScenario(store.getState()).edits).toEqual([]);
  });
});

describe('saving scenarios', () => {
  it('saves every change and restores it in a fresh store', () => {
    const storage = memoryStorage();
    const first = createScenarioStore();
    persistScenarios(first, storage);
    first.getState().addEdit(stop, check);
    first.getState().create('Tweede');
    const second = createScenarioStore();
    persistScenarios(second, storage);
    expect(second.getState().scenarios.map((s) => s.name)).toEqual(['Scenario 1', 'Tweede']);
    expect(second.getState().scenarios[0].edits).toEqual([stop]);
    expect(second.getState().activeId).toBe(first.getState().activeId);
    expect(second.getState().loadProblem).toBeNull();
  });

  it.each([
    ['not JSON', '{"v":1,', { kind: 'not-json' }],
    [
      'a bad edit',
      JSON.stringify({ v: 1, active: 'a', scenarios: [{ id: 'a', name: 'x', edits: [{ op: 'stop', crebo: 'x' }] }] }),
      { kind: 'invalid', issue: { path: ['scenarios', 0, 'edits', 0, 'crebo'] } },
    ],
    [
      'a missing active scenario',
      JSON.stringify({ v: 1, active: 'b', scenarios: [{ id: 'a', name: 'x', edits: [] }] }),
      { kind: 'invalid', issue: { code: 'custom', params: { problem: 'active-missing' } } },
    ],
    ['too large a value', 'x'.repeat(MAX_STORED_CHARS + 1), { kind: 'too-large', limit: MAX_STORED_CHARS }],
  ])('keeps a backup of a corrupt value (%s) and starts with the default', (_label, raw, expected) => {
    const storage = memoryStorage({ [STORAGE_KEY]: raw });
    const store = createScenarioStore();
    persistScenarios(store, storage);
    const problem = store.getState().loadProblem;
    expect(problem?.problem).toMatchObject(expected);
    expect(problem?.backupKey?.startsWith(BACKUP_KEY_PREFIX)).toBe(true);
    expect(storage.data.get(problem!.backupKey!)).toBe(raw);
    expect(store.getState().scenarios).toHaveLength(1);
    expect(activeScenario(store.getState()).edits).toEqual([]);
  });

  it('names the field of a bad saved edit', () => {
    const raw = JSON.stringify({
      v: 1,
      active: 'a',
      scenarios: [{ id: 'a', name: 'x', edits: [{ op: 'stop', crebo: '123', vestiging: '00GT00' }] }],
    });
    const store = createScenarioStore();
    persistScenarios(store, memoryStorage({ [STORAGE_KEY]: raw }));
    expect(store.getState().loadProblem?.problem).toMatchObject({
      kind: 'invalid',
      issue: { path: ['scenarios', 0, 'edits', 0, 'crebo'], input: '123' },
    });
  });

  it('does not overwrite an unreadable value it could not back up', () => {
    const data = new Map([[STORAGE_KEY, 'garbage']]);
    const storage: KeyValueStorage = {
      getItem: (key) => data.get(key) ?? null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = createScenarioStore();
    persistScenarios(store, storage);
    store.getState().addEdit(stop, check);
    expect(data.get(STORAGE_KEY)).toBe('garbage');
    expect(store.getState().loadProblem?.backupKey).toBeNull();
    expect(store.getState().saveProblem).toEqual({ kind: 'not-overwritten' });
  });

  it('says that a write failed as a kind, keeping the browser message only as its detail', () => {
    const storage: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('The quota has been exceeded.');
      },
    };
    const store = createScenarioStore();
    persistScenarios(store, storage);
    store.getState().addEdit(stop, check);
    expect(store.getState().saveProblem).toEqual({ kind: 'write-failed', detail: 'The quota has been exceeded.' });
  });
});

describe('addImported', () => {
  it('adds imported scenarios after the existing ones, keeps those untouched and activates the first added', () => {
    const store = createScenarioStore('Eigen');
    store.getState().addEdit(stop, check);
    const before = store.getState().scenarios;
    const ids = store.getState().addImported([
      { name: 'Uit bestand', edits: [start] },
      { name: 'Ook', edits: [] },
    ]);
    const { scenarios, activeId } = store.getState();
    expect(scenarios.slice(0, 1)).toEqual(before);
    expect(scenarios.slice(1).map((s) => [s.id, s.name, s.edits])).toEqual([
      [ids[0], 'Uit bestand', [start]],
      [ids[1], 'Ook', []],
    ]);
    expect(activeId).toBe(ids[0]);
    expect(store.getState().addImported([])).toEqual([]);
    expect(store.getState().activeId).toBe(ids[0]);
  });
});
