/** Scenarios: edits (start, stop, uitruil) applied all-or-nothing to an offer. */
export {
  editSchema,
  editListSchema,
  scenarioSchema,
  startEditSchema,
  stopEditSchema,
  uitruilEditSchema,
  parseEdits,
  parseScenario,
  formatEditProblem,
  MAX_EDITS,
  MAX_SCENARIO_NAME,
} from './edits.ts';
export type { Edit, StartEdit, StopEdit, UitruilEdit, Scenario, EditProblem, ParseResult } from './edits.ts';
export { editReasonText } from './edit-reason.ts';
export type { EditReason } from './edit-reason.ts';
export { applyEdits, touchedCrebos } from './apply.ts';
export type { ApplyResult } from './apply.ts';
export { catalogueFrom } from './catalogue.ts';
export { editsProblem, vestigingenAfter } from './vestigingen-after.ts';
export type { EditCatalogue } from './catalogue.ts';
