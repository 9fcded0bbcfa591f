import { type EditProblem, type EditReason, editReasonText, formatEditProblem } from '../engine/scenario/index.ts';
import type { ScenarioRefusal } from '../state/scenario.ts';
import type { Lang } from './language.ts';
import { zodIssueText } from './zod-issue.ts';

/**
 * An edit's problem in the user's language. English is the engine's own wording (the CLIs say
 * the same); Dutch is worded here, from the codes the reason carries.
 */
type Worded = Exclude<EditReason, { code: 'invalid' }>;

const als = (leerweg: string | null) => (leerweg ? ` als ${leerweg}` : '');

function dutch(reason: Worded): string {
  switch (reason.code) {
    case 'unknown-crebo':
      return `crebo ${reason.crebo} staat niet in de kwalificatielijst`;
    case 'leerweg-not-offered':
      return `crebo ${reason.crebo} bestaat niet als ${reason.leerweg}; de leerwegen zijn ${reason.leerwegen.join(', ')}`;
    case 'unknown-niveau':
      return `het niveau van crebo ${reason.crebo} is onbekend, dus kan die niet worden gestart`;
    case 'unknown-vestiging':
      return `vestiging ${reason.vestiging} is geen bekende mbo-locatie`;
    case 'same-vestiging':
      return `van en naar zijn dezelfde vestiging (${reason.vestiging})`;
    case 'offered-without-leerweg':
      return `crebo ${reason.crebo} wordt op ${reason.vestiging} aangeboden zonder bekende leerweg; laat de leerweg weg om ernaar te verwijzen`;
    case 'not-offered':
      return `crebo ${reason.crebo} wordt niet aangeboden op ${reason.vestiging}${als(reason.leerweg)}`;
    case 'already-offered':
      return `crebo ${reason.crebo} wordt al aangeboden op ${reason.vestiging}${als(reason.leerweg)}`;
    case 'not-an-edit-list':
      return 'verwacht een lijst met wijzigingen, of een object met een lijst "edits"';
  }
}

export function describeEditReason(reason: EditReason, lang: Lang): string {
  if (lang === 'en') return editReasonText(reason);
  return reason.code === 'invalid' ? zodIssueText(reason.issue, lang) : dutch(reason);
}

/** "wijziging 3 (veld crebo): …", 1-based like line numbers; in English formatEditProblem's words. */
export function describeEditProblem(problem: EditProblem, lang: Lang): string {
  if (lang === 'en') return formatEditProblem(problem);
  const where = problem.index === null ? 'de lijst met wijzigingen' : `wijziging ${problem.index + 1}`;
  const field = problem.field === null ? '' : ` (veld ${problem.field})`;
  return `${where}${field}: ${describeEditReason(problem.reason, lang)}`;
}

/** Why a change to the scenarios was refused: an edit that does not apply, or a name too long. */
export function describeScenarioRefusal(refusal: ScenarioRefusal, lang: Lang): string {
  if (refusal.kind === 'edits') return describeEditProblem(refusal.problem, lang);
  return lang === 'nl'
    ? `een scenarionaam heeft 1 tot ${refusal.max} tekens`
    : `a scenario name has 1 to ${refusal.max} characters`;
}
