/**
 * Reading the scenario CLI's edits: a bare JSON array of edits, a {"name", "edits"} object, or
 * a scenario file (*.regiekaart.json, the app's export; src/data/scenario-file). A file with
 * several scenarios needs --scenario NAME to say which one.
 */
import { readFile } from 'node:fs/promises';
import {
  looksLikeScenarioFile,
  type OfferProvenanceStamp,
  parseScenarioFile,
} from '../../src/data/scenario-file/index.ts';
import { type Edit, formatEditProblem, parseEdits } from '../../src/engine/scenario/index.ts';
import { InputError } from './scenario-data.ts';

/** The edits file is unusable: exit code 1. */
export class EditsError extends Error {}

export interface EditsSource {
  edits: Edit[];
  /** the scenario's name, when the file names one */
  name: string | null;
  /** the offer a scenario file says its edits were made on */
  aanbod: OfferProvenanceStamp | null;
}

export async function readEdits(file: string, scenarioName?: string): Promise<EditsSource> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new EditsError(`${file}: is not valid JSON (${(error as Error).message})`);
  }
  if (looksLikeScenarioFile(json)) return fromScenarioFile(file, text, scenarioName);
  if (scenarioName !== undefined)
    throw new InputError(`--scenario: ${file} is not a scenario file (*.regiekaart.json)`);
  const parsed = parseEdits(json);
  if (!parsed.ok)
    throw new EditsError(
      parsed.problems
        .slice(0, 5)
        .map((p) => `${file}: ${formatEditProblem(p)}`)
        .join('\n'),
    );
  const name =
    !Array.isArray(json) && typeof (json as { name?: unknown }).name === 'string'
      ? (json as { name: string }).name
      : null;
  return { edits: parsed.value, name, aanbod: null };
}

function fromScenarioFile(file: string, text: string, scenarioName: string | undefined): EditsSource {
  const parsed = parseScenarioFile(text);
  if (!parsed.ok)
    throw new EditsError(
      parsed.problems
        .slice(0, 5)
        .map((p) => `${file}: ${p}`)
        .join('\n'),
    );
  const { scenarios, aanbod } = parsed.file;
  const names = scenarios.map((s) => JSON.stringify(s.name)).join(', ');
  if (scenarioName === undefined && scenarios.length > 1) {
    throw new InputError(`${file} holds ${scenarios.length} scenarios (${names}): choose one with --scenario NAME`);
  }
  const scenario = scenarioName === undefined ? scenarios[0] : scenarios.find((s) => s.name === scenarioName);
  if (!scenario)
    throw new InputError(`--scenario: ${file} has no scenario named ${JSON.stringify(scenarioName)}; it has ${names}`);
  return { edits: scenario.edits, name: scenario.name, aanbod };
}
