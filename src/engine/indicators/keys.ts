import { detectDecimalStyle, type ParsedNumber, parseNumber } from './number.ts';

/** What a column of the user's file is: a key to join on, a figure, or neither. */
export type KeyRole = 'crebo' | 'vestiging' | 'brin' | 'gemeente' | 'regio';
/** 'category': a text per institution (denominatie, …), keyed by BRIN; see src/data/indicators/category.ts. */
export type ColumnRole = KeyRole | 'value' | 'category' | 'ignore';

export const KEY_ROLES: readonly KeyRole[] = ['crebo', 'vestiging', 'brin', 'gemeente', 'regio'];

const NAME_PATTERNS: Record<KeyRole, RegExp> = {
  crebo: /crebo|kwalificatiecode|opleidingscode|erkendeopleidingscode/i,
  vestiging: /brin.?vest|vestiging|onderwijslocatie|locatiecode/i,
  brin: /^brin(.?nummer|.?code)?$|instellingscode/i,
  gemeente: /gemeente/i,
  regio: /regio|rmc|arbeidsmarkt|^amr|provincie/i,
};

const VALUE_PATTERNS: Record<KeyRole, RegExp> = {
  crebo: /^0*\d{5}$/,
  vestiging: /^\d{2}[A-Z]{2}\d{2}$/i,
  brin: /^\d{2}[A-Z]{2}$/i,
  gemeente: /^GM\d{4}$/i,
  regio: /^(AM|MC)\d{2}$/i,
};

/** Rows looked at when guessing from values: enough to be sure, cheap on a large file. */
const SAMPLE = 500;

export interface ColumnGuess {
  index: number;
  name: string;
  role: ColumnRole;
  /** Why this role, in a few words, shown next to the choice so the user can judge it. */
  because: 'name' | 'values' | 'numbers' | 'none';
}

/**
 * A first mapping of the columns, for the user to correct: each key role goes to at most one
 * column, found by its name ("Crebo", "BRIN-vestiging") or, failing that, by its values (five
 * digits, "00GT00", "GM0599"); columns of numbers become figures; the rest is ignored.
 */
export function guessColumns(header: readonly string[], rows: readonly (readonly string[])[]): ColumnGuess[] {
  const sample = rows.slice(0, SAMPLE);
  const values = header.map((_, i) => sample.map((r) => (r[i] ?? '').trim()).filter((v) => v !== ''));
  const guesses: ColumnGuess[] = header.map((name, index) => ({ index, name, role: 'ignore', because: 'none' }));
  const taken = new Set<KeyRole>();
  const assign = (index: number, role: KeyRole, because: ColumnGuess['because']) => {
    guesses[index] = { ...guesses[index], role, because };
    taken.add(role);
  };
  for (const role of KEY_ROLES) {
    const index = guesses.findIndex((g) => g.role === 'ignore' && NAME_PATTERNS[role].test(g.name.trim()));
    if (index >= 0) assign(index, role, 'name');
  }
  for (const role of KEY_ROLES) {
    if (taken.has(role)) continue;
    const index = guesses.findIndex(
      (g, i) => g.role === 'ignore' && share(values[i], (v) => VALUE_PATTERNS[role].test(v)) >= 0.9,
    );
    if (index >= 0) assign(index, role, 'values');
  }
  guesses.forEach((g, i) => {
    if (g.role !== 'ignore' || values[i].length === 0) return;
    const style = detectDecimalStyle(values[i]);
    if (share(values[i], (v) => isNumber(parseNumber(v, style))) >= 0.8) {
      guesses[i] = { ...g, role: 'value', because: 'numbers' };
    }
  });
  return guesses;
}

function share(values: readonly string[], test: (v: string) => boolean): number {
  if (values.length === 0) return 0;
  let hits = 0;
  for (const v of values) if (test(v)) hits += 1;
  return hits / values.length;
}

function isNumber(parsed: ParsedNumber): boolean {
  return !('notANumber' in parsed) && parsed.value !== null;
}
