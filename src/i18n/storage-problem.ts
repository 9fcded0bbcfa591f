import type { z } from 'zod';
import type { SavedValueCheck, StorageProblem } from '../state/scenario-storage.ts';
import { numberFormats } from './format.ts';
import type { Lang } from './language.ts';
import { zodIssueText } from './zod-issue.ts';

/**
 * Why the saved scenarios could not be read, in the user's language: the place in words
 * ("scenario 2, wijziging 1, veld crebo") and the reason: what is wrong with a value as
 * zodIssueText words it, the checks of our own (duplicate ids, a missing active scenario) here.
 */
interface StorageWords {
  unreadable: (detail: string) => string;
  tooLarge: (limit: string) => string;
  notJson: string;
  checks: Record<SavedValueCheck, string>;
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
    scenario: (n) => `scenario ${n}`,
    edit: (n) => `edit ${n}`,
    field: (name) => `field ${name}`,
    active: 'the active scenario',
    list: 'the list of scenarios',
  },
};

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
  return zodIssueText(issue, lang);
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
