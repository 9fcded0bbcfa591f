/** Scenarios: edits (start, stop, uitruil) applied all-or-nothing to an offer. */

export type { ApplyResult } from './apply.ts';
export { applyEdits, touchedCrebos } from './apply.ts';
export type { EditCatalogue } from './catalogue.ts';
export { catalogueFrom } from './catalogue.ts';
export type { EditReason } from './edit-reason.ts';
export { editReasonText } from './edit-reason.ts';
export type { Edit, EditProblem, ParseResult, Scenario, StartEdit, StopEdit, UitruilEdit } from './edits.ts';
export {
  editListSchema,
  editSchema,
  formatEditProblem,
  MAX_EDITS,
  MAX_SCENARIO_NAME,
  parseEdits,
  parseScenario,
  scenarioSchema,
  startEditSchema,
  stopEditSchema,
  uitruilEditSchema,
} from './edits.ts';
export { editsProblem, vestigingenAfter } from './vestigingen-after.ts';
