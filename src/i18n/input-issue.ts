import { type InputIssue, inputIssueText } from '../state/pipeline/input-problem.ts';
import type { ComputationResult } from '../state/pipeline/result-store.ts';
import { describeEditProblem } from './edit-problem.ts';
import { type Lang, useLanguageStore } from './language.ts';

/** Why a computation's inputs cannot be computed, in the user's language (English: the CLIs' words). */
export function describeInputIssue(issue: InputIssue, lang: Lang): string {
  if (lang === 'en') return inputIssueText(issue);
  if (issue.kind === 'niveau-unknown') {
    return `het niveau van crebo ${issue.crebo} is onbekend, dus er is geen reistijdgrens om mee te rekenen`;
  }
  const problem = describeEditProblem(issue.problem, lang);
  return issue.scenario === null ? problem : `${issue.scenario}: ${problem}`;
}

/**
 * The error of a computed result for a panel: its input issue in the user's language, else the
 * failed run's own message (a technical detail after the panel's own words, e.g. "Mislukt: …").
 */
export function useResultErrorText(result: Pick<ComputationResult<unknown>, 'error' | 'inputIssue'>): string {
  const lang = useLanguageStore((s) => s.lang);
  return result.inputIssue ? describeInputIssue(result.inputIssue, lang) : (result.error ?? '');
}
