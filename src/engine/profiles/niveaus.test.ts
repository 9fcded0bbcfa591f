import { describe, expect, it } from 'vitest';
import { bandEdges, NIVEAU_PROFILES, withLimit } from './niveaus.ts';

describe('niveau profiles', () => {
  it('gives Entree and niveau 2 a shorter default limit than niveau 4', () => {
    expect(NIVEAU_PROFILES[1].defaultMaxMinutes).toBeLessThan(NIVEAU_PROFILES[4].defaultMaxMinutes);
    expect(NIVEAU_PROFILES[2].defaultMaxMinutes).toBeLessThan(NIVEAU_PROFILES[4].defaultMaxMinutes);
  });

  it('edits a limit within bounds and refuses others', () => {
    expect(withLimit(NIVEAU_PROFILES[2], 50).defaultMaxMinutes).toBe(50);
    expect(NIVEAU_PROFILES[2].defaultMaxMinutes).toBe(45);
    expect(() => withLimit(NIVEAU_PROFILES[2], 5)).toThrow(/niveau 2.*from 10 to 180, got 5/);
    expect(() => withLimit(NIVEAU_PROFILES[2], 45.5)).toThrow(RangeError);
  });

  it('splits a limit into 15-minute bands ending at the limit', () => {
    expect(bandEdges(45)).toEqual([15, 30, 45]);
    expect(bandEdges(50)).toEqual([15, 30, 45, 50]);
  });
});
