import type { z } from 'zod';
import { en as zodEn, nl as zodNl } from 'zod/locales';
import type { SavedValueCheck, StorageProblem } from '../state/scenario-storage.ts';
import { numberFormats } from './format.ts';
import type { Lang } from './language.ts';

/**
 * Why the saved scenarios could not be read, in the user's language: the place in words
 * ("scenario 2, wijziging 1, veld crebo") and the reason. zod's own locale says what is wrong
 * with a value; the checks of our own (duplicate ids, a missing active scenario) and the format
 * of a crebo or vestiging (a board member reads "five digits" better than a regular expression)
 * are named here.
 */
type CodeField = 'crebo' | 'vestiging';
const isCodeField = (field: PropertyKey | undefined): field is CodeField => field === 'crebo' || field === 'vestiging';

interface StorageWords {
  unreadable: (detail: string) => string;
  tooLarge: (limit: string) => string;
  notJson: string;
  checks: Record<SavedValueCheck, string>;
  /** The codes in an edit: what zod's locale would word as "must match pattern /^\d{5}$/". */
  formats: Record<CodeField, string>;
  scenario: (n: number) => string;
  edit: (n: number) => string;
  field: (name: string) => string;
  active: string;
  list: string;
}

const WORDS: Record<Lang, StorageWords> = {
  nl: {
    unreadable: (detail) => `de browseropslag kon niet worden gelezen: ${detail}`,
    tooLarge: (limit) => `de opgeslagen waarde is groter dan ${limit} tekens`,
    notJson: 'de opgeslagen waarde is geen geldige JSON',
    checks: {
      'duplicate-id': 'twee scenario’s hebben dezelfde id',
      'active-missing': 'het actieve scenario staat niet in de lijst',
    },
    formats: {
      crebo: 'een crebo is vijf cijfers, bijvoorbeeld „25180”',
      vestiging:
        'een vestiging is een brinvest van zes hoofdletters of cijfers, bijvoorbeeld „00GT00” (of een geïmporteerde „PC4-1234”)',
    },
    scenario: (n) => `scenario ${n}`,
    edit: (n) => `wijziging ${n}`,
    field: (name) => `veld ${name}`,
    active: 'het actieve scenario',
    list: 'de lijst met scenario’s',
  },
  en: {
    unreadable: (detail) => `browser storage could not be read: ${detail}`,
    tooLarge: (limit) => `the saved value is larger than ${limit} characters`,
    notJson: 'the saved value is not valid JSON',
    checks: {
      'duplicate-id': 'two scenarios have the same id',
      'active-missing': 'the active scenario is not in the list',
    },
    formats: {
      crebo: 'a crebo is five digits, e.g. "25180"',
      vestiging: 'a vestiging is a brinvest of six capitals or digits, e.g. "00GT00" (or an imported "PC4-1234")',
    },
    scenario: (n) => `scenario ${n}`,
    edit: (n) => `edit ${n}`,
    field: (name) => `field ${name}`,
    active: 'the active scenario',
    list: 'the list of scenarios',
  },
};

const ZOD_LOCALES = { nl: zodNl(), en: zodEn() } as const;

/** "scenario 2, wijziging 1, veld crebo": 1-based for people; '' at the top level. */
function placeOf(path: readonly PropertyKey[], w: StorageWords): string {
  if (path[0] === 'active') return w.active;
  const parts: string[] = [];
  let i = 0;
  if (path[0] === 'scenarios') {
    if (typeof path[1] !== 'number') return w.list;
    parts.push(w.scenario(path[1] + 1));
    i = 2;
    if (path[2] === 'edits' && typeof path[3] === 'number') {
      parts.push(w.edit(path[3] + 1));
      i = 4;
    }
  }
  const rest = path.slice(i).map(String).join('.');
  if (rest !== '') parts.push(w.field(rest));
  return parts.join(', ');
}

function issueReason(issue: z.core.$ZodIssue, lang: Lang, w: StorageWords): string {
  const check = issue.code === 'custom' ? (issue.params?.problem as SavedValueCheck | undefined) : undefined;
  if (check && check in w.checks) return w.checks[check];
  const field = issue.path.at(-1);
  if (issue.code === 'invalid_format' && isCodeField(field)) return w.formats[field];
  const said = ZOD_LOCALES[lang].localeError(issue as z.core.$ZodRawIssue);
  return typeof said === 'string' ? said : (said?.message ?? issue.message);
}

/** The reason for the "saved scenarios could not be read" notice. */
export function describeStorageProblem(problem: StorageProblem, lang: Lang): string {
  const w = WORDS[lang];
  switch (problem.kind) {
    case 'unreadable':
      return w.unreadable(problem.detail);
    case 'too-large':
      return w.tooLarge(numberFormats(lang).count(problem.limit));
    case 'not-json':
      return w.notJson;
    case 'invalid': {
      const place = placeOf(problem.issue.path, w);
      const reason = issueReason(problem.issue, lang, w);
      return place === '' ? reason : `${place}: ${reason}`;
    }
  }
}
