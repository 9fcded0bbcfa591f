import { z } from 'zod';
import { describeFirstIssue } from '../engine/validation/first-issue.ts';
import { scenarioSchema, type Edit } from '../engine/scenario/index.ts';

/**
 * Saving the scenarios in localStorage, and reading them back as untrusted input: the stored
 * value may be from an older version, edited by hand or cut short. A value that fails its
 * schema is never thrown away: it is copied to a backup key first, so the user (or a developer)
 * can still recover it, and the caller is told what was wrong.
 */

export const STORAGE_KEY = 'regiekaart.scenarios.v1';
export const BACKUP_KEY_PREFIX = 'regiekaart.scenarios.backup.';
/** Larger than any hand-made set of scenarios; a bigger value is refused rather than parsed. */
export const MAX_STORED_CHARS = 2_000_000;

export interface StoredScenario {
  id: string;
  name: string;
  edits: Edit[];
}

export interface SavedScenarios {
  active: string;
  scenarios: StoredScenario[];
}

/** The part of the Web Storage API used here, so tests can pass a Map-backed fake. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'is not a scenario id');

const savedSchema = z
  .strictObject({
    v: z.literal(1),
    active: idSchema,
    scenarios: z
      .array(scenarioSchema.extend({ id: idSchema }))
      .min(1, 'holds no scenario')
      .max(200, 'holds more than 200 scenarios'),
  })
  .refine((s) => new Set(s.scenarios.map((x) => x.id)).size === s.scenarios.length, {
    message: 'two scenarios have the same id',
  })
  .refine((s) => s.scenarios.some((x) => x.id === s.active), { message: 'the active scenario is not in the list' });

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'ok'; saved: SavedScenarios }
  /** `backupKey` is null only when even the backup could not be written (storage full). */
  | { kind: 'corrupt'; reason: string; backupKey: string | null };

export function loadScenarios(storage: KeyValueStorage, now: () => number = Date.now): LoadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch (error) {
    return { kind: 'corrupt', reason: `localStorage cannot be read (${String(error)})`, backupKey: null };
  }
  if (raw === null) return { kind: 'empty' };
  const reason = problemWith(raw);
  if (reason === null) {
    const parsed = savedSchema.parse(JSON.parse(raw));
    return { kind: 'ok', saved: { active: parsed.active, scenarios: parsed.scenarios } };
  }
  const backupKey = `${BACKUP_KEY_PREFIX}${now()}`;
  try {
    storage.setItem(backupKey, raw);
    return { kind: 'corrupt', reason, backupKey };
  } catch {
    return { kind: 'corrupt', reason, backupKey: null };
  }
}

/** Why a stored value is unusable, naming the field; null when it is fine. */
function problemWith(raw: string): string | null {
  if (raw.length > MAX_STORED_CHARS) return `the saved value is larger than ${MAX_STORED_CHARS} characters`;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return `the saved value is not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const result = savedSchema.safeParse(json);
  if (result.success) return null;
  return describeFirstIssue(result.error);
}

/** Writes the scenarios; returns the browser's error message instead of throwing (e.g. storage full). */
export function saveScenarios(storage: KeyValueStorage, saved: SavedScenarios): string | null {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, active: saved.active, scenarios: saved.scenarios }));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
