import { type EditProblem, formatEditProblem } from '../../engine/scenario/index.ts';

/**
 * Why a computation's inputs cannot be computed, as data, so a panel can say it in the user's
 * language (src/i18n/input-issue.ts). The user has to change the inputs; trying again will not help.
 */
export type InputIssue =
  /** An edit that does not apply to the offer; `scenario` names a compared scenario, null = the active one. */
  | { kind: 'edit'; problem: EditProblem; scenario: string | null }
  /** A crebo whose niveau no source gives: it has no travel limit to compute with. */
  | { kind: 'niveau-unknown'; crebo: string };

/** The issue in English: the CLIs' wording, and the message of an InputProblem in logs. */
export function inputIssueText(issue: InputIssue): string {
  if (issue.kind === 'niveau-unknown')
    return `the niveau of crebo ${issue.crebo} is unknown, so it has no travel limit`;
  const problem = formatEditProblem(issue.problem);
  return issue.scenario === null ? problem : `${issue.scenario}: ${problem}`;
}

/** Thrown by a computation's `run` when its inputs cannot be computed (the result's `inputIssue`). */
export class InputProblem extends Error {
  constructor(readonly issue: InputIssue) {
    super(inputIssueText(issue));
  }
}

/** The InputProblem of an edit of the active scenario that does not apply. */
export const editDoesNotApply = (problem: EditProblem): InputProblem =>
  new InputProblem({ kind: 'edit', problem, scenario: null });
