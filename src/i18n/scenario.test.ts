import { describe, expect, it } from 'vitest';
import type { SaveProblem } from '../state/scenario.ts';
import { scenarioMessages } from './scenario.ts';

const PROBLEMS: SaveProblem[] = [
  { kind: 'no-storage' },
  { kind: 'not-overwritten' },
  { kind: 'write-failed', detail: 'QuotaExceededError' },
];

describe('the save-problem notice', () => {
  it('is worded wholly in the chosen language, the browser message only quoted as its detail', () => {
    const nl = PROBLEMS.map((p) => scenarioMessages.nl.saveProblem(p));
    const en = PROBLEMS.map((p) => scenarioMessages.en.saveProblem(p));
    expect(nl[0]).toBe('Scenario’s worden niet bewaard: deze browser staat lokale opslag niet toe.');
    expect(en[0]).toBe('Scenarios are not kept: this browser does not allow local storage.');
    // No English reason inside the Dutch text (the state used to hand the panel an English sentence).
    for (const text of nl) expect(text).not.toMatch(/\b(the|this|could not|does not|saved|storage)\b/);
    expect(nl[2]).toBe('Opslaan is mislukt (melding van de browser: QuotaExceededError).');
    expect(en[2]).toContain('QuotaExceededError');
    expect(new Set(nl).size).toBe(3);
  });
});
