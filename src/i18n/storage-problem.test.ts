import { describe, expect, it } from 'vitest';
import { loadScenarios, MAX_STORED_CHARS, STORAGE_KEY, type StorageProblem } from '../state/scenario-storage.ts';
import { describeStorageProblem } from './storage-problem.ts';

/** The problem loadScenarios reports for a stored value. */
function problemOf(raw: string): StorageProblem {
  const data = new Map([[STORAGE_KEY, raw]]);
  const loaded = loadScenarios({ getItem: (k) => data.get(k) ?? null, setItem: (k, v) => data.set(k, v) });
  if (loaded.kind !== 'corrupt') throw new Error(`expected a corrupt value, got ${loaded.kind}`);
  return loaded.problem;
}

const saved = (scenarios: unknown[], active = 'a') => JSON.stringify({ v: 1, active, scenarios });

describe('the reason the saved scenarios could not be read', () => {
  it('names a bad edit by scenario, edit and field, in Dutch and in English', () => {
    const problem = problemOf(
      saved([
        { id: 'a', name: 'x', edits: [] },
        { id: 'b', name: 'y', edits: [{ op: 'stop', crebo: '123', vestiging: '00GT00' }] },
      ]),
    );
    expect(describeStorageProblem(problem, 'nl')).toBe(
      'scenario 2, wijziging 1, veld crebo: een crebo is vijf cijfers, bijvoorbeeld „25180”',
    );
    expect(describeStorageProblem(problem, 'en')).toBe(
      'scenario 2, edit 1, field crebo: a crebo is five digits, e.g. "25180"',
    );
  });

  it('words a bad vestiging code in words, not as the pattern it failed', () => {
    const problem = problemOf(
      saved([{ id: 'a', name: 'x', edits: [{ op: 'start', crebo: '25180', vestiging: '00gt00' }] }]),
    );
    expect(describeStorageProblem(problem, 'nl')).toBe(
      'scenario 1, wijziging 1, veld vestiging: een vestiging is een brinvest van zes hoofdletters of cijfers, bijvoorbeeld „00GT00” (of een geïmporteerde „PC4-1234”)',
    );
    expect(describeStorageProblem(problem, 'en')).toMatch(
      /^scenario 1, edit 1, field vestiging: a vestiging is a brinvest/,
    );
  });

  it('says what the value is and what was expected, from zod’s own locale', () => {
    const problem = problemOf(saved([{ id: 'a', name: 42, edits: [] }]));
    expect(describeStorageProblem(problem, 'nl')).toBe(
      'scenario 1, veld name: Ongeldige invoer: verwacht string, ontving getal',
    );
    expect(describeStorageProblem(problem, 'en')).toBe(
      'scenario 1, field name: Invalid input: expected string, received number',
    );
  });

  it('words its own checks in both languages', () => {
    const twice = problemOf(
      saved([
        { id: 'a', name: 'x', edits: [] },
        { id: 'a', name: 'y', edits: [] },
      ]),
    );
    expect(describeStorageProblem(twice, 'nl')).toBe('twee scenario’s hebben dezelfde id');
    expect(describeStorageProblem(twice, 'en')).toBe('two scenarios have the same id');
    const missing = problemOf(saved([{ id: 'a', name: 'x', edits: [] }], 'b'));
    expect(describeStorageProblem(missing, 'nl')).toBe('het actieve scenario staat niet in de lijst');
  });

  it('says when the value is not JSON or too large, with the limit in the language’s digits', () => {
    expect(describeStorageProblem(problemOf('{"v":1,'), 'nl')).toBe('de opgeslagen waarde is geen geldige JSON');
    const large = problemOf('x'.repeat(MAX_STORED_CHARS + 1));
    expect(describeStorageProblem(large, 'nl')).toBe('de opgeslagen waarde is groter dan 2.000.000 tekens');
    expect(describeStorageProblem(large, 'en')).toBe('the saved value is larger than 2,000,000 characters');
  });

  it('passes the browser’s own message on when storage cannot be read at all', () => {
    const loaded = loadScenarios({
      getItem: () => {
        throw new Error('SecurityError: access denied');
      },
      setItem: () => {},
    });
    expect(loaded.kind === 'corrupt' && describeStorageProblem(loaded.problem, 'nl')).toBe(
      'de browseropslag kon niet worden gelezen: SecurityError: access denied',
    );
  });
});
