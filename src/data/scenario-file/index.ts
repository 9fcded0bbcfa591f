/** Scenario files (*.regiekaart.json): one schema for the app's export and import and the scenario CLI. */

export type { EditMisfit, FittedScenarios, ScenarioFileImport } from './fit-to-offer.ts';
export { fitToOffer, readScenarioFileFor, sameOfferStamp, uniqueName } from './fit-to-offer.ts';
export type { OfferProvenanceStamp, ScenarioFile, ScenarioFileResult } from './scenario-file.ts';
export {
  APP_NAME,
  APP_VERSION,
  looksLikeScenarioFile,
  MAX_SCENARIO_FILE_CHARS,
  MODELLED_OFFER_LABEL,
  offerStamp,
  parseScenarioFile,
  SCENARIO_FILE_EXTENSION,
  SCENARIO_FILE_FORMAT,
  scenarioFileSchema,
  serializeScenarioFile,
} from './scenario-file.ts';
