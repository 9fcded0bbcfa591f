import type { OfferRow } from '../../engine/offer/types.ts';
import {
  applyEdits,
  type Edit,
  type EditCatalogue,
  type EditReason,
  type Scenario,
} from '../../engine/scenario/index.ts';
import { type OfferProvenanceStamp, parseScenarioFile } from './scenario-file.ts';

/**
 * Imported scenarios meet the active offer, which may not be the one they were made on: a stop
 * of a programme this offer does not have, a location it does not know. Such an edit is left
 * out (with its reason) and the rest of the scenario is kept in order, so one bad edit does not
 * cost the whole scenario; names are made unique against the scenarios the user already has,
 * which are never replaced.
 */

export interface EditMisfit {
  /** the scenario's name as imported (after de-duplication) */
  scenario: string;
  /** 0-based index of the edit in the scenario as it was in the file */
  index: number;
  edit: Edit;
  reason: EditReason;
}

export interface FittedScenarios {
  scenarios: Scenario[];
  misfits: EditMisfit[];
}

export function fitToOffer(
  scenarios: readonly Scenario[],
  rows: readonly OfferRow[],
  catalogue: EditCatalogue,
  takenNames: Iterable<string>,
): FittedScenarios {
  const taken = new Set(takenNames);
  const misfits: EditMisfit[] = [];
  const fitted = scenarios.map((scenario): Scenario => {
    const name = uniqueName(scenario.name, taken);
    taken.add(name);
    const kept: Edit[] = [];
    let current = rows;
    scenario.edits.forEach((edit, index) => {
      // One edit at a time on the offer so far: O(rows) per edit, and the reason names this edit.
      const result = applyEdits(current, [edit], catalogue);
      if ('error' in result) {
        misfits.push({ scenario: name, index, edit, reason: result.error.reason });
        return;
      }
      current = result.rows;
      kept.push(edit);
    });
    return { name, edits: kept };
  });
  return { scenarios: fitted, misfits };
}

/** "Naam", or "Naam (2)", "Naam (3)" … when taken. */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** True when a file's offer stamp describes the same offer as the active one. */
export function sameOfferStamp(a: OfferProvenanceStamp, b: OfferProvenanceStamp): boolean {
  return a.kind === b.kind && a.source === b.source && a.date === b.date && a.seed === b.seed && a.rows === b.rows;
}

export type ScenarioFileImport =
  | { ok: true; fitted: FittedScenarios; fileOffer: OfferProvenanceStamp; sameOffer: boolean }
  | { ok: false; problems: string[] };

/**
 * The import as the app does it: the file checked against the schema (all or nothing), then its
 * scenarios fitted to the active offer; `sameOffer` says whether the file was made on it.
 */
export function readScenarioFileFor(
  text: string,
  active: { rows: readonly OfferRow[]; catalogue: EditCatalogue; stamp: OfferProvenanceStamp },
  takenNames: Iterable<string>,
): ScenarioFileImport {
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) return parsed;
  const { scenarios, aanbod } = parsed.file;
  return {
    ok: true,
    fitted: fitToOffer(scenarios, active.rows, active.catalogue, takenNames),
    fileOffer: aanbod,
    sameOffer: sameOfferStamp(aanbod, active.stamp),
  };
}
