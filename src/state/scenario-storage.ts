import { z } from 'zod';
import { type Edit, scenarioSchema } from '../engine/scenario/index.ts';

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
    params: { problem: 'duplicate-id' },
  })
  .refine((s) => s.scenarios.some((x) => x.id === s.active), {
    message: 'the active scenario is not in the list',
    params: { problem: 'active-missing' },
  });

/** What the custom checks of the saved value report in their issue's `params.problem`. */
export type SavedValueCheck = 'duplicate-id' | 'active-missing';

/**
 * Why the saved value is unusable, as data rather than a sentence, so the notice can say it in
 * the user's language (src/i18n/scenario-storage.ts) and switch with it.
 */
export type StorageProblem =
  /** The browser refused to read localStorage; `detail` is its own message. */
  | { kind: 'unreadable'; detail: string }
  | { kind: 'too-large'; limit: number }
  | { kind: 'not-json' }
  /** The first issue of the schema check, with the offending value (`reportInput`). */
  | { kind: 'invalid'; issue: z.core.$ZodIssue };

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'ok'; saved: SavedScenarios }
  /** `backupKey` is null only when even the backup could not be written (storage full). */
  | { kind: 'corrupt'; problem: StorageProblem; backupKey: string | null };

export function loadScenarios(storage: KeyValueStorage, now: () => number = Date.now): LoadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'corrupt', problem: { kind: 'unreadable', detail }, backupKey: null };
  }
  if (raw === null) return { kind: 'empty' };
  const read = readSaved(raw);
  if ('saved' in read) return { kind: 'ok', saved: read.saved };
  const backupKey = `${BACKUP_KEY_PREFIX}${now()}`;
  try {
    storage.setItem(backupKey, raw);
    return { kind: 'corrupt', problem: read.problem, backupKey };
  } catch {
    return { kind: 'corrupt', problem: read.problem, backupKey: null };
  }
}

/** The saved scenarios in a stored value, or why it is unusable. */
function readSaved(raw: string): { saved: SavedScenarios } | { problem: StorageProblem } {
  if (raw.length > MAX_STORED_CHARS) return { problem: { kind: 'too-large', limit: MAX_STORED_CHARS } };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { problem: { kind: 'not-json' } };
  }
  const result = savedSchema.safeParse(json, { reportInput: true });
  if (!result.success) return { problem: { kind: 'invalid', issue: result.error.issues[0] } };
  return { saved: { active: result.data.active, scenarios: result.data.scenarios } };
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
